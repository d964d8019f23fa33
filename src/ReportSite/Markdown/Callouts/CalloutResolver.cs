using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Templating;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// Gives each callout of a parsed page its kind and its label in the page's language, and reports a
/// container whose kind the site does not know (its content stays, as a plain block).
/// </summary>
internal static class CalloutResolver
{
    /// <param name="blocks">The page's alerts and <c>:::</c> containers, in document order.</param>
    /// <param name="strings">The theme's words in the page's language; null gives the kinds' English names.</param>
    /// <param name="text">The page's Markdown, for the place of an unknown kind.</param>
    /// <param name="diagnostics">Where an unknown kind is reported.</param>
    public static void Resolve(IReadOnlyList<ContainerBlock> blocks, I18nTable? strings, MarkdownText text, DiagnosticBag diagnostics)
    {
        foreach (var block in blocks)
        {
            var (name, title) = block switch
            {
                AlertBlock alert => (alert.Kind.ToString(), null),
                CustomContainer container => (container.Info ?? "", container.Arguments),
                _ => ("", null),
            };
            if (CalloutKinds.Find(name) is { } kind)
            {
                var label = strings?.Strings.GetValueOrDefault(kind.LabelKey) is { Length: > 0 } word ? word : kind.DefaultLabel;
                new Callout(kind, label, string.IsNullOrWhiteSpace(title) ? null : title.Trim()).Set(block);
            }
            else Report(block, name, text, diagnostics);
        }
    }

    private static void Report(ContainerBlock block, string name, MarkdownText text, DiagnosticBag diagnostics)
    {
        var source = text.Source;
        var body = text.Text;
        // The kind's word, after the colons and any spaces of the fence.
        var at = Math.Clamp(block.Span.Start, 0, body.Length);
        while (at < body.Length && body[at] is ':' or ' ' or '\t') at++;
        diagnostics.Warning(DiagnosticCodes.UnknownCallout, SourceLocation.InText(source.Path, body, at, source.BodyFirstLine),
            name.Length == 0
                ? "This ':::' container has no kind; its content is shown as plain text."
                : $"':::{name}' is not a kind of callout the site knows; its content is shown as plain text.",
            $"Write one of :::{string.Join(", :::", CalloutKinds.All.Select(kind => kind.Name))}, optionally followed by a title (:::warning Data scope), and close it with ':::'.");
    }
}
