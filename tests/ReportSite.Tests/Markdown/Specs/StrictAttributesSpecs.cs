namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.StrictAttributes.StrictAttributesExtension"/>: Attribute lists count only where they cannot be text: at the end of a heading or fence line, right after a link. Other braces stay text; unsafe attributes go.
/// </summary>
public class StrictAttributesSpecs
{
    [Theory]
    [InlineData("## Heading {#custom .note}",
                "<h2 id=\"sec-1\" class=\"note\"><span class=\"anchor-alias\" id=\"custom\"></span>Heading<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("Replace {name} with yours.",
                "<p>Replace {name} with yours.</p>")]
    [InlineData("[a link](https://example.org){.external}",
                "<p><a href=\"https://example.org\" class=\"external\">a link</a></p>")]
    [InlineData("## x_{i=1}",
                "<h2 id=\"sec-1\"><span class=\"anchor-alias\" id=\"x_i1\"></span>x_{i=1}<a class=\"heading-anchor\" href=\"#sec-1\" aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>")]
    [InlineData("```python {.wide}\nprint(1)\n```",
                "<pre><code class=\"wide language-python\"><span class=\"hl-function\">print</span>(<span class=\"hl-number\">1</span>)\n</code></pre>")]
    [InlineData("[x](https://example.org){onclick=alert(1)}",
                "<p><a href=\"https://example.org\">x</a></p>")]
    public void Attribute_lists_apply_where_they_cannot_be_text(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));
}
