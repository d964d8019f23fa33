using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;

namespace ReportSite.Markdown;

/// <summary>
/// Markdown's <c>{#id .class key=value}</c> attributes may set any attribute, and Markdig passes them
/// all through, <c>{onclick=...}</c> included. Event handlers and script URLs in URL attributes are
/// removed here, where the page is parsed, each with a warning at its position.
/// </summary>
public static class AttributeSafety
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "xlink:href", "poster", "background", "srcset", "data", "codebase", "cite",
    };

    public static void Clean(MarkdownDocument ast, SourceDocument source, DiagnosticBag diagnostics)
    {
        foreach (var node in ast.Descendants())
        {
            if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties }) continue;
            for (var i = properties.Count - 1; i >= 0; i--)
            {
                var (name, value) = (properties[i].Key, properties[i].Value ?? "");
                var reason = name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "an event handler, which runs script"
                    : name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) ? "a document of its own, which can run script"
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
}
