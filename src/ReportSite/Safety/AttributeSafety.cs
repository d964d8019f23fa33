using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Safety;
using ReportSite.Markdown;

namespace ReportSite.Safety;

/// <summary>
/// Markdown's <c>{#id .class key=value}</c> attributes may set any attribute, and Markdig passes them
/// all through, <c>{onclick=...}</c> included. Event handlers and script URLs in URL attributes are
/// removed as the parser walks the page's tree, each with a warning at its position; so are the
/// data-* attributes the theme's scripts read (<see cref="ThemeScriptAttributes"/>).
/// </summary>
internal static class AttributeSafety
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data", "codebase", "cite",
    };

    /// <summary>Removes the unsafe attributes of one node of the tree (the parser visits every node once).</summary>
    public static void Clean(MarkdownObject node, SourceDocument source, DiagnosticBag diagnostics)
    {
        if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties }) return;
        for (var i = properties.Count - 1; i >= 0; i--)
        {
            var (name, value) = (properties[i].Key, properties[i].Value ?? "");
            var reason = name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "an event handler, which runs script"
                : name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) ? "a document of its own, which can run script"
                : ThemeScriptAttributes.Names.Contains(name) ? "read by the site's own script (a reader's language, a table's order)"
                : UrlAttributes.Contains(name) && UrlSafety.IsDangerous(value, isImage: false) ? "a URL that could run script"
                : null;
            if (reason is null) continue;
            properties.RemoveAt(i);
            diagnostics.Warning(DiagnosticCodes.UnsafeAttribute, new SourceLocation(source.Path, source.BodyFirstLine + node.Line, node.Column + 1),
                $"Attribute '{name}' is {reason}; it was removed.",
                "Attributes in {…} may set ids, classes and plain values such as lang or title; the site's own script handles interaction.");
        }
    }
}
