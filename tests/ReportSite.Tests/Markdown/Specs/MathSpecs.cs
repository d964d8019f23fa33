using ReportSite.Diagnostics;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.Mathematics.MathExtension"/>: <c>$…$</c> and <c>$$…$$</c> by Pandoc's
/// rules become MathML (Temml) with the TeX kept as its annotation and no style attributes; money,
/// escaped and code dollars stay text; a formula Temml cannot read is one error and shown as code.
/// </summary>
public class MathSpecs
{
    private const string X = "<math><semantics><mi>x</mi><annotation encoding=\"application/x-tex\">x</annotation></semantics></math>";
    private const string WI = "<math><semantics><msub><mi>w</mi><mi>i</mi></msub><annotation encoding=\"application/x-tex\">w_{i}</annotation></semantics></math>";
    private const string Sum = "<math display=\"block\" class=\"tml-display\"><semantics><mrow><mi>S</mi><mo>=</mo><mrow><munder><mo movablelimits=\"false\">∑</mo><mi>i</mi></munder></mrow><msub><mi>w</mi><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding=\"application/x-tex\">S = \\sum_i w_i x_i</annotation></semantics></math>";

    [Theory]
    // zh: a formula right next to Chinese characters, after a closing brace (Markdig's own rules refuse it).
    [InlineData("其中$w_{i}$为权重。", "<p>其中" + WI + "为权重。</p>")]
    [InlineData("The weight $w_{i}$, each.", "<p>The weight " + WI + ", each.</p>")]
    [InlineData("设$x$。", "<p>设" + X + "。</p>")]
    // Money: no digit after the closing dollar, no space before it, none after the opening one.
    [InlineData("$5 and $10", "<p>$5 and $10</p>")]
    [InlineData("价格为$5至$10。", "<p>价格为$5至$10。</p>")]
    [InlineData("$x$5", "<p>$x$5</p>")]
    [InlineData("$ x $", "<p>$ x $</p>")]
    [InlineData("From $20 to $30.", "<p>From $20 to $30.</p>")]
    [InlineData("Costs \\$5 and $x$.", "<p>Costs $5 and " + X + ".</p>")]
    [InlineData("`$x$` and ``$5 $10``", "<p><code>$x$</code> and <code>$5 $10</code></p>")]
    [InlineData("$$$x$$$", "<p>$$$x$$$</p>")]
    [InlineData("$5 and `$x$`", "<p>$5 and <code>$x$</code></p>")]
    public void Inline_math_follows_Pandocs_rules(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));

    private const string SumTwoLines = "<math display=\"block\" class=\"tml-display\"><semantics><mrow><mi>S</mi><mo>=</mo><mrow><munder><mo movablelimits=\"false\">∑</mo><mi>i</mi></munder></mrow><msub><mi>w</mi><mi>i</mi></msub><msub><mi>x</mi><mi>i</mi></msub></mrow><annotation encoding=\"application/x-tex\">S = \\sum_i\n w_i x_i</annotation></semantics></math>";

    [Theory]
    [InlineData("$$\nS = \\sum_i w_i x_i\n$$", "<div class=\"math-display\" tabindex=\"0\">" + Sum + "</div>")]
    [InlineData("指数为\n\n$$\nS = \\sum_i\n w_i x_i\n$$\n\n其中", "<p>指数为</p>\n<div class=\"math-display\" tabindex=\"0\">" + SumTwoLines + "</div>\n<p>其中</p>")]
    [InlineData("Thus $$S = \\sum_i w_i x_i$$ holds.", "<p>Thus " + Sum + " holds.</p>")]
    public void Display_math_is_a_block(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));

    [Theory]
    [InlineData("| 指标 | 权重 |\n|---|---|\n| $x$ | $w_{i}$ |", "<td>" + X + "</td>\n<td>" + WI + "</td>")]
    [InlineData("## 权重 $w_{i}$", "权重 " + WI + "<a class=\"heading-anchor\"")]
    [InlineData("## Weight $x$", "Weight " + X + "<a class=\"heading-anchor\"")]
    public void Math_goes_in_cells_and_headings(string markdown, string part) =>
        Assert.Contains(part, Spec.Html(markdown));

    [Fact]
    public void Temml_style_attributes_are_dropped_for_the_CSP()
    {
        var html = Spec.Html("$$\n\\begin{aligned}a&=b\\\\c&=d\\end{aligned}\n$$ \n\n$\\color{red}{x}$");
        Assert.Contains("<mtd class=\"tml-right\">", html);
        Assert.DoesNotContain(" style=", html);
        Assert.Contains("<mi>x</mi>", html);
    }

    [Fact]
    public void Formulas_survive_the_sanitising_of_raw_HTML() =>
        Assert.Equal("<p><b>raw</b> " + X + " and " + WI + "</p>", Spec.Html("<b>raw</b> $x$ and $w_{i}$"));

    [Theory]
    [InlineData("Broken: $\\frac{1}{$ here.", "<p>Broken: <code class=\"math-error\">$\\frac{1}{$</code> here.</p>", 1, 9, "expected '}'")]
    [InlineData("第二行\n未知命令$\\foo{x}$。", "<p>第二行\n未知命令<code class=\"math-error\">$\\foo{x}$</code>。</p>", 2, 5, "Unsupported function name: \\foo")]
    // Pandoc's rules read this as the formula "20 to $x" (as Pandoc would); the hint tells how to write money.
    [InlineData("From $20 to $x$.", "<p>From <code class=\"math-error\">$20 to $x$</code>.</p>", 1, 6, "Can't use function '$' in math mode")]
    [InlineData("Text.\n\n$$\n\\frac{1}{\n$$", "<p>Text.</p>\n<pre class=\"math-error\"><code>$$\n\\frac{1}{\n$$</code></pre>", 3, 1, "expected '}'")]
    public void Broken_TeX_is_one_error_at_its_place_and_stays_as_code(string markdown, string html, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(html, Spec.Render(markdown, false, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.BrokenMath.Id, error.Code);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Hint);
    }
}
