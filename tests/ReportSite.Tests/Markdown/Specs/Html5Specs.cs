namespace ReportSite.Tests.Markdown.Specs;

/// <summary>
/// <see cref="ReportSite.Markdown.Html5.Html5Extension"/>: Breaks, images and task list boxes are written as HTML5 void elements, as the theme writes them.
/// </summary>
public class Html5Specs
{
    [Theory]
    [InlineData("---",
                "<hr>")]
    [InlineData("line one  \nline two\\\nline three",
                "<p>line one<br>\nline two<br>\nline three</p>")]
    // Images in running text: one alone in its paragraph is a figure (NumberingSpecs).
    [InlineData("See ![A *chart*](chart.png \"Title\")",
                "<p>See <img src=\"chart.png\" alt=\"A chart\" title=\"Title\"></p>")]
    [InlineData("- [ ] todo\n- [x] done",
                "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\"> todo</li>\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\"> done</li>\n</ul>")]
    [InlineData("See ![x](a.png){width=200}",
                "<p>See <img src=\"a.png\" width=\"200\" alt=\"x\"></p>")]
    public void Void_elements_are_written_as_html5(string markdown, string html) =>
        Assert.Equal(html, Spec.Html(markdown));
}
