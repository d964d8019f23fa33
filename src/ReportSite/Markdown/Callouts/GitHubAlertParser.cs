using Markdig.Extensions.Alerts;
using Markdig.Helpers;
using Markdig.Parsers;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// GitHub's alerts, <c>&gt; [!NOTE]</c> alone on a top-level quote's first line, by Markdig's parser,
/// but only for the kinds GitHub knows: <c>&gt; [!FOO]</c> stays a quote showing "[!FOO]", as on GitHub.
/// </summary>
internal sealed class GitHubAlertParser : AlertInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.AsSpan();
        if (text.Length < 3 || text[1] != '!') return false;
        var end = text.IndexOf(']');
        return end > 2 && CalloutKinds.Find(text[2..end]) is { Alert: true } && base.Match(processor, ref slice);
    }
}
