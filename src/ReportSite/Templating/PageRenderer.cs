using ReportSite.Diagnostics;
using ReportSite.Templating.Views;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// Renders a <see cref="PageView"/> through the theme: <c>layouts/&lt;kind&gt;.html</c> gives the
/// page's main content, which <c>layouts/base.html</c> wraps as <c>content</c>. Templates see
/// <c>page</c> and the function <c>t "key"</c> for UI strings of the page's language, already
/// HTML-escaped. Templates must escape every other text with <c>html.escape</c>. Thread-safe:
/// every render gets its own <see cref="TemplateContext"/>; parsed templates are shared.
/// </summary>
public sealed class PageRenderer(Theme theme)
{
    private const string BaseLayout = "layouts/base.html";
    private readonly IncludeFunction _include = new(theme);

    /// <returns>The page's HTML, or null when a template failed (reported to <paramref name="diagnostics"/>).</returns>
    public string? Render(PageView view, DiagnosticBag diagnostics)
    {
        var layout = $"layouts/{view.Kind}.html";
        if (!theme.Templates.TryGetValue(layout, out var template) || !theme.Templates.TryGetValue(BaseLayout, out var baseTemplate))
        {
            var missing = theme.Templates.ContainsKey(layout) ? BaseLayout : layout;
            diagnostics.Error(DiagnosticCodes.TemplateError, SourceLocation.FileOnly($"{theme.Label}/{missing}"),
                $"The theme has no {missing}.", "Every theme needs layouts/base.html and one layout per page kind.");
            return null;
        }
        try
        {
            var context = NewContext(view);
            context.PushOutput(PageOutput.ForThisThread());
            var content = template.Render(context);
            context.SetValue(new ScriptVariableGlobal("content"), content);
            return WithoutTrailingWhitespace(baseTemplate.Render(context));
        }
        catch (ScriptRuntimeException ex)
        {
            var span = ex.Span;
            diagnostics.Error(DiagnosticCodes.TemplateError,
                new SourceLocation($"{theme.Label}/{span.FileName}", span.Start.Line + 1, span.Start.Column + 1),
                ex.OriginalMessage,
                "Templates see 'page' (snake_case members) and 't \"key\"' for UI strings; check the names used here.");
            return null;
        }
    }

    /// <summary>
    /// Template tags on indented lines leave spaces at line ends when they output nothing; strip them
    /// so pages are tidy (and pass HTML linters) whatever the theme's indentation.
    /// </summary>
    internal static string WithoutTrailingWhitespace(string html)
    {
        System.Text.StringBuilder? result = null;
        var copied = 0; // html[..copied] is in result
        for (var newline = html.IndexOf('\n'); newline >= 0; newline = html.IndexOf('\n', newline + 1))
        {
            var end = newline > 0 && html[newline - 1] == '\r' ? newline - 1 : newline;
            var start = end;
            while (start > copied && html[start - 1] is ' ' or '\t') start--;
            if (start == end) continue;
            result ??= new System.Text.StringBuilder(html.Length);
            result.Append(html, copied, start - copied);
            copied = end;
        }
        if (result is null) return html;
        return result.Append(html, copied, html.Length - copied).ToString();
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

    private TemplateContext NewContext(PageView view)
    {
        var globals = new ScriptObject();
        globals.SetValue("page", view, readOnly: true);
        globals.SetValue("include", _include, readOnly: true);
        globals.SetValue("t", _translate.GetValueOrDefault(view.Language) ?? new TranslateFunction(new I18nTable(view.Language, new Dictionary<string, string>())), readOnly: true);

        var context = new ThemeTemplateContext(_builtins, _accessors)
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
        context.PushGlobal(globals);
        return context;
    }
}
