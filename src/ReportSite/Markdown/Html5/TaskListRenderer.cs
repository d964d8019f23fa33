using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ReportSite.Markdown.Html5;

/// <summary>Writes a task list item's box as an HTML5 <c>&lt;input&gt;</c> (Markdig writes XHTML's <c>&lt;input … /&gt;</c>).</summary>
internal sealed class TaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList task)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(task.Checked ? "[x]" : "[ ]");
            return;
        }
        renderer.Write("<input").WriteAttributes(task).Write(" disabled=\"disabled\" type=\"checkbox\"");
        if (task.Checked) renderer.Write(" checked=\"checked\"");
        renderer.Write('>');
    }
}
