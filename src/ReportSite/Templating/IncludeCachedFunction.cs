using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// The templates' <c>include_cached "partials/x.html" key</c> (Hugo's partialCached): renders the
/// partial once per build for each key and writes that HTML on every page giving the same key — a
/// report's chapter list, on each of its fifty chapters, is rendered once, not fifty times. The
/// partial must show nothing of the page beyond what the key determines. It cannot know which page
/// it is written on, so links in it to that page (<c>href</c> equal to <c>page.url</c>) are given
/// <c>aria-current="page"</c> as they are written.
/// </summary>
internal sealed class IncludeCachedFunction(IncludeFunction include) : TemplateFunction("name", typeof(object), ScriptVarParamKind.Direct)
{
    private const string Current = " aria-current=\"page\"";
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    protected override object? Call(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, SourceSpan span)
    {
        var template = include.Template("include_cached", arguments, span);
        if (arguments.Count < 2)
            throw new ScriptRuntimeException(span, "include_cached takes a theme template and a key, e.g. include_cached \"partials/report-nav.html\" report.url.");
        var key = string.Join('\u001f', arguments.Select(argument => context.ObjectToString(argument)));
        if (!_rendered.TryGetValue(key, out var html))
        {
            var output = new StringBuilderOutput();
            context.PushOutput(output);
            try { IncludeFunction.RenderInPlace(context, callerContext, template, arguments); }
            finally { context.PopOutput(); }
            html = _rendered.GetOrAdd(key, output.Builder.ToString());
        }
        WriteMarkingCurrent(context.Output, html, (context as ThemeTemplateContext)?.Page?.Url);
        return null;
    }

    private static void WriteMarkingCurrent(IScriptOutput output, string html, string? pageUrl)
    {
        var written = 0;
        if (pageUrl is not null)
        {
            var link = $"href=\"{pageUrl}\"";
            for (var at = html.IndexOf(link, StringComparison.Ordinal); at >= 0; at = html.IndexOf(link, written, StringComparison.Ordinal))
            {
                var end = at + link.Length;
                output.Write(html, written, end - written);
                output.Write(Current, 0, Current.Length);
                written = end;
            }
        }
        output.Write(html, written, html.Length - written);
    }
}
