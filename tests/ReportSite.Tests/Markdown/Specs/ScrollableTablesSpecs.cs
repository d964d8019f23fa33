namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.ScrollableTables.ScrollableTableExtension"/>: Pipe tables (GitHub's rules) are written in a focusable scroll container, alignment as classes.
/// </summary>
public class ScrollableTablesSpecs
{
    [Theory]
    [InlineData("| a | b |\n|:--|--:|\n| 1 | 2 |",
                "<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n<th class=\"align-left\">a</th>\n<th class=\"align-right\">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class=\"align-left\">1</td>\n<td class=\"align-right\">2</td>\n</tr>\n</tbody>\n</table>\n</div>")]
    [InlineData("| h |\n|:-:|\n| c |\nplain line",
                "<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n<th class=\"align-center\">h</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td class=\"align-center\">c</td>\n</tr>\n<tr>\n<td class=\"align-center\">plain line</td>\n</tr>\n</tbody>\n</table>\n</div>")]
    [InlineData("| only head |\n|---|",
                "<div class=\"table-scroll\" tabindex=\"0\">\n<table>\n<thead>\n<tr>\n<th>only head</th>\n</tr>\n</thead>\n</table>\n</div>")]
    [InlineData("| a `|` b | [l](https://example.org) |\n|---|---|\n| **x** | y |",
                "<p>| a <code>|</code> b | <a href=\"https://example.org\">l</a> |\n|---|---|\n| <strong>x</strong> | y |</p>")]
    public void A_table_is_written_in_a_scroll_container_with_alignment_classes(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));
}
