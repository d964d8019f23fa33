using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Templating;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// Gives each callout of a parsed page its kind and its label in the page's language, and reports a
/// container whose kind the site does not know (its content stays, as a plain block) and a box without a title.
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
                if (kind.Name == Numbering.NumberingExtension.BoxInfo && string.IsNullOrWhiteSpace(title))
                    diagnostics.Warning(DiagnosticCodes.UntitledBox, At(block, text),
                        "This box has no title; it is listed and shown by its number alone.",
                        "Write the box's title after ':::box', e.g. ':::box 数字乡村案例 {#box-cases}' (the {#id} is optional).");
            }
            else Report(block, name, text, diagnostics);
        }
    }

    /// <summary>Where a container's kind is written, after the colons and any spaces of the fence.</summary>
    private static SourceLocation At(ContainerBlock block, MarkdownText text)
    {
        var body = text.Text;
        var at = Math.Clamp(block.Span.Start, 0, body.Length);
        while (at < body.Length && body[at] is ':' or ' ' or '\t') at++;
        return SourceLocation.InText(text.Source.Path, body, at, text.Source.BodyFirstLine);
    }

    private static void Report(ContainerBlock block, string name, MarkdownText text, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(DiagnosticCodes.UnknownCallout, At(block, text),
            name.Length == 0
                ? "This ':::' container has no kind; its content is shown as plain text."
                : $"':::{name}' is not a kind of callout the site knows; its content is shown as plain text.",
            $"Write one of :::{string.Join(", :::", CalloutKinds.All.Select(kind => kind.Name))}, optionally followed by a title (:::warning Data scope), and close it with ':::'.");
    }
}
