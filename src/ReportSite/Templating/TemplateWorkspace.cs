namespace ReportSite.Templating;

/// <summary>
/// What one rendering worker reuses from page to page: the Scriban context and the page buffer.
/// Made per worker (<see cref="PageRenderer.NewWorkspace"/>) and dropped with it, so nothing of a
/// build stays on the thread pool's threads afterwards.
/// </summary>
internal sealed class TemplateWorkspace(ThemeTemplateContext context)
{
    /// <summary>Replaced when a template fails mid-render (its stacks are left mid-page).</summary>
    public ThemeTemplateContext Context { get; set; } = context;

    public PageOutput Output { get; } = new();
}
