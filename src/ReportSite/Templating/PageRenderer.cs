using ReportSite.Diagnostics;
using ReportSite.Templating.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// Renders a <see cref="PageView"/> through the theme: <c>layouts/base.html</c> is the page, and
/// where it writes <c>content</c> the page kind's <c>layouts/&lt;kind&gt;.html</c> renders in place
/// (as Hugo's base template and its blocks). Templates see <c>page</c> and the function
/// <c>t "key"</c> for UI strings of the page's language, already HTML-escaped. Templates must
/// escape every other text with <c>html.escape</c>. Thread-safe: each rendering worker passes its own
/// <see cref="TemplateWorkspace"/> (Scriban context and page buffer), reused page after page; parsed
/// templates are shared.
/// </summary>
internal sealed class PageRenderer(Theme theme)
{
    private const string BaseLayout = "layouts/base.html";
    private readonly IncludeFunction _include = new(theme);
    private readonly IncludeCachedFunction _includeCached = new(new IncludeFunction(theme));

    /// <returns>The page's HTML, or null when a template failed (reported to <paramref name="diagnostics"/>).</returns>
    public string? Render(PageView view, DiagnosticBag diagnostics)
    {
        string? html = null;
        return Render(view, NewWorkspace(), diagnostics, page => html = new string(page)) ? html : null;
    }

    /// <summary>What one rendering worker reuses page after page (Scriban's contexts allocate their stacks and caches when made).</summary>
    internal TemplateWorkspace NewWorkspace() => new(NewContext());

    /// <summary>
    /// Renders the page in <paramref name="workspace"/> and hands its HTML to <paramref name="write"/>
    /// straight from the workspace's buffer (a build writes it to disk from there: no string per page).
    /// </summary>
    /// <returns>False when a template failed (reported to <paramref name="diagnostics"/>); nothing was written.</returns>
    internal bool Render(PageView view, TemplateWorkspace workspace, DiagnosticBag diagnostics, Action<ReadOnlySpan<char>> write)
    {
        var layout = $"layouts/{view.Kind}.html";
        if (!theme.Templates.TryGetValue(layout, out var template) || !theme.Templates.TryGetValue(BaseLayout, out var baseTemplate))
        {
            var missing = theme.Templates.ContainsKey(layout) ? BaseLayout : layout;
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly(theme.LabelOf(missing)),
                $"The theme has no {missing}.", "Every theme needs layouts/base.html and one layout per page kind.");
            return false;
        }
        var context = workspace.Context;
        var output = workspace.Output;
        output.Clear();
        context.Page = view;
        context.PushGlobal(Globals(view, template));
        context.PushOutput(output);
        try
        {
            baseTemplate.Render(context);
            context.PopOutput();
            context.PopGlobal();
        }
        catch (ScriptRuntimeException ex)
        {
            workspace.Context = NewContext(); // left mid-render: the worker's next page starts from a fresh context
            var span = ex.Span;
            diagnostics.Error(DiagnosticCodes.TemplateError,
                new SourceLocation(theme.LabelOf(span.FileName), span.Start.Line + 1, span.Start.Column + 1),
                ex.OriginalMessage,
                "Templates see 'page' (snake_case members) and 't \"key\"' for UI strings; check the names used here.");
            return false;
        }
        output.TakePage(write);
        return true;
    }

    /// <summary>
    /// Scriban's limits, set for a report site (its defaults would cut a page's body at 1 MiB and add
    /// "..."). Scriban counts nested loops' iterations together, so the loop limit is far above what
    /// a 40,000-page site's index pages use, yet stops a runaway <c>while</c>. Passing any limit is a
    /// template error at the theme file's line, never a silently cut page.
    /// </summary>
    public const int MaxLoopIterations = 1_000_000;
    public const int MaxIncludeDepth = 64;
    public const int MaxStringLength = 64 * 1024 * 1024;
    public const int MaxPageLength = 128 * 1024 * 1024;

    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IObjectAccessor> _accessors = new();
    private readonly Dictionary<string, TranslateFunction> _translate = theme.I18n.ToDictionary(t => t.Key, t => new TranslateFunction(t.Value));

    /// <summary>A context for this renderer's theme; each page pushes its own globals onto it.</summary>
    private ThemeTemplateContext NewContext() =>
        new(_builtins, _accessors)
        {
            MemberRenamer = StandardMemberRenamer.Default,
            StrictVariables = true,
            LoopLimit = MaxLoopIterations,
            RecursiveLimit = MaxIncludeDepth,
            LimitToString = MaxStringLength,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxPageLength,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };

    private ScriptObject Globals(PageView view, Template layout)
    {
        var globals = new ScriptObject();
        globals.SetValue("page", view, readOnly: true);
        globals.SetValue("include", _include, readOnly: true);
        globals.SetValue("include_cached", _includeCached, readOnly: true);
        globals.SetValue("t", _translate.GetValueOrDefault(view.Language) ?? new TranslateFunction(new I18nTable(view.Language, new Dictionary<string, string>())), readOnly: true);
        globals.SetValue("content", new LayoutContent(layout), readOnly: true);
        return globals;
    }
}
