using System.Text;
using ReportSite.Templating;

namespace ReportSite.Build;

/// <summary>
/// What one Render+Index worker reuses from page to page: the template context, the page buffer and
/// the search text buffer. One per partition of the pages, dropped when the partition is done, so
/// nothing of a build stays on the thread pool's threads afterwards.
/// </summary>
internal sealed class RenderWorker(PageRenderer renderer)
{
    public TemplateWorkspace Templates { get; } = renderer.NewWorkspace();

    public StringBuilder SearchText { get; } = new();
}
