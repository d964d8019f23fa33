using ReportSite.Diagnostics;
using ReportSite.Markdown.Callouts;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="CalloutExtension"/>: GitHub's alerts (<c>&gt; [!NOTE]</c>) and <c>:::note Title</c>
/// containers are asides with role="note", a decorative icon and the label of the page's language.
/// </summary>
public class CalloutsSpecs
{
    private const string Icon = "<span class=\"callout__icon\" aria-hidden=\"true\"></span>";

    /// <summary>A callout's opening and label line.</summary>
    private static string Head(string kind, string label, string? title = null, string? attributes = null) =>
        $"<aside class=\"callout callout--{kind}{attributes}\" role=\"note\">\n<p class=\"callout__title\">{Icon}"
        + $"<span class=\"callout__label\">{label}</span>{(title is null ? "" : $" <span class=\"callout__name\">{title}</span>")}</p>\n";

    [Fact]
    public void A_note_is_an_aside_with_a_decorative_icon_and_its_label() =>
        Assert.Equal("<aside class=\"callout callout--note\" role=\"note\">\n<p class=\"callout__title\">"
            + "<span class=\"callout__icon\" aria-hidden=\"true\"></span><span class=\"callout__label\">Note</span></p>\n"
            + "<p>Read the scores as ranks.</p>\n</aside>",
            Spec.Html("> [!NOTE]\n> Read the scores as ranks."));

    [Theory]
    [InlineData("en", "NOTE", "note", "Note")]
    [InlineData("en", "tip", "tip", "Tip")]
    [InlineData("en", "Important", "important", "Important")]
    [InlineData("en", "WARNING", "warning", "Warning")]
    [InlineData("en", "CAUTION", "caution", "Caution")]
    [InlineData("zh", "NOTE", "note", "注意")]
    [InlineData("zh", "TIP", "tip", "提示")]
    [InlineData("zh", "IMPORTANT", "important", "重要")]
    [InlineData("zh", "warning", "warning", "警告")]
    [InlineData("zh", "CAUTION", "caution", "谨慎")]
    public void Each_alert_kind_has_its_label_in_the_pages_language(string language, string marker, string kind, string label)
    {
        var bag = new DiagnosticBag();
        Assert.Equal(Head(kind, label) + "<p>正文 text.</p>\n</aside>", Spec.Html($"> [!{marker}]\n> 正文 text.", language, bag));
        Assert.Empty(bag.Sorted());
    }

    [Theory]
    [InlineData("en", "note", "Note")]
    [InlineData("en", "tip", "Tip")]
    [InlineData("en", "important", "Important")]
    [InlineData("en", "warning", "Warning")]
    [InlineData("en", "caution", "Caution")]
    [InlineData("zh", "note", "注意")]
    [InlineData("zh", "tip", "提示")]
    [InlineData("zh", "important", "重要")]
    [InlineData("zh", "warning", "警告")]
    [InlineData("zh", "caution", "谨慎")]
    public void Each_container_kind_has_its_label_in_the_pages_language(string language, string kind, string label) =>
        Assert.Equal(Head(kind, label) + "<p>Body.</p>\n</aside>", Spec.Html($":::{kind}\nBody.\n:::", language, new DiagnosticBag()));

    [Theory]
    [InlineData("en", ":::warning Data scope\nBody.\n:::", "Warning", "Data scope")]
    [InlineData("zh", ":::warning 数据口径\n正文。\n:::", "警告", "数据口径")]
    [InlineData("en", "::: tip   A <b>bold</b> title\nBody.\n:::", "Tip", "A &lt;b&gt;bold&lt;/b&gt; title")]
    public void A_container_shows_its_title_after_the_label(string language, string markdown, string label, string title)
    {
        var kind = markdown.Contains("tip") ? "tip" : "warning";
        var html = Spec.Html(markdown, language, new DiagnosticBag());
        Assert.StartsWith(Head(kind, label, title), html);
    }

    [Fact]
    public void A_container_holds_lists_and_tables() =>
        Assert.Equal(Head("warning", "警告", "数据口径")
            + "<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n</div>\n</aside>",
            Spec.Html(":::warning 数据口径\n- 一\n- 二\n\n| a | b |\n|---|---|\n| 1 | 2 |\n:::", "zh", new DiagnosticBag()));

    [Fact]
    public void A_container_may_sit_in_a_list_item() =>
        Assert.Equal("<ul>\n<li><p>item</p>\n" + Head("tip", "Tip") + "<p>inside</p>\n</aside>\n</li>\n</ul>",
            Spec.Html("- item\n\n  :::tip\n  inside\n  :::"));

    [Fact]
    public void A_container_takes_an_id_and_classes() =>
        Assert.Equal(Head("note", "Note", attributes: " wide\" id=\"scope") + "<p>Body.</p>\n</aside>",
            Spec.Html(":::note {#scope .wide}\nBody.\n:::"));

    [SkippableTheory]
    [InlineData("> Text first\n> [!NOTE]\n> Then more.")]
    [InlineData("> [!NOTE] with text after it\n> More.")]
    [InlineData("> [!FOO]\n> An unknown kind.")]
    [InlineData("> [! NOTE]\n> A space.")]
    [InlineData("- item\n\n  > [!NOTE]\n  > In a list.")]
    [InlineData("Not a quote: [!NOTE]")]
    [InlineData("::x:: and ::: stay text")]
    [InlineData("A paragraph's line.\n:::note\nis still the paragraph, as on GitHub.\n:::")]
    [InlineData("| a | b |\n|---|---|\n| 1 | 2 |\n:::note\nrows, as on GitHub\n:::")]
    public void Other_quotes_stay_quotes_as_GitHub_shows_them(string markdown)
    {
        var missing = CmarkGfm.Missing();
        Skip.If(missing is not null, missing);
        var html = Spec.Html(markdown);
        Assert.DoesNotContain("callout", html, StringComparison.Ordinal);
        Assert.Equal(CmarkGfm.VisibleText(CmarkGfm.ToHtml(markdown)), CmarkGfm.VisibleText(html));
    }

    [Theory]
    [InlineData(":::foo\nKept text.\n:::", "':::foo' is not a kind of callout")]
    [InlineData(":::\nKept text.\n:::", "has no kind")]
    public void An_unknown_kind_is_one_warning_at_its_place_and_its_text_stays(string markdown, string message)
    {
        var bag = new DiagnosticBag();
        var html = Spec.Html("Before.\n\n" + markdown, "en", bag);
        Assert.Contains("<p>Kept text.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("callout", html, StringComparison.Ordinal);
        var diagnostic = Assert.Single(bag.Sorted());
        Assert.Equal((DiagnosticCodes.UnknownCallout.Id, Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.Equal(("reports/r/en/01-a.md", 3, 4), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(":::note, :::tip, :::important, :::warning, :::caution", diagnostic.Hint, StringComparison.Ordinal);
    }
}
