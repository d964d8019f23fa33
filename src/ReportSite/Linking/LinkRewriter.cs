using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.RawHtml;

namespace ReportSite.Linking;

/// <summary>
/// Rewrites the links of a page's Markdown to output URLs: <c>02-economy.md#sec-1</c> and
/// <c>../../other/zh/x.md</c> become chapter URLs, images and other local files are registered
/// for copying and pointed at their published path, in Markdown and in raw HTML (<c>&lt;a href&gt;</c>,
/// <c>&lt;img src&gt;</c>, <c>srcset</c>) alike. External links are left alone.
/// </summary>
public sealed class LinkRewriter(
    IReadOnlyDictionary<string, ContentPage> pagesBySource,
    IReadOnlySet<string> inputFiles,
    UrlBuilder urls,
    MediaCollector media)
{
    public void Rewrite(ContentPage page, DiagnosticBag diagnostics)
    {
        var source = page.Document.Source;
        // Listed by the Parse stage (unsafe links are taken out of the tree on the way).
        foreach (var inline in page.Document.Links)
        {
            if (RemovedAsDangerous(inline, page, diagnostics) || inline is not LinkInline link) continue;
            if (link.Url is not { Length: > 0 } url || !IsLocal(url)) continue;
            if (link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
                link.GetAttributes().AddPropertyIfNotExist("decoding", "async");
            }
            var at = new SourceLocation(source.Path, source.BodyFirstLine + link.Line, link.Column + 1);
            if (Resolve(page, url, link.IsImage, at, diagnostics) is { } resolved) link.Url = resolved;
        }
        // Raw HTML's URLs are resolved the same way; its script URLs are the sanitiser's to remove.
        foreach (var node in page.Document.RawHtml)
        {
            var edits = new List<RawHtmlEdit>();
            foreach (var found in RawHtmlUrl.In(node))
            {
                if (!IsLocal(found.Url)) continue;
                if (Resolve(page, found.Url, found.IsImage, found.Source.In(source), diagnostics) is { } resolved) edits.Add(found.Replace(resolved));
            }
            RawHtmlEdit.Set(node, edits);
        }
    }

    /// <summary>
    /// The output URL of a relative link or image <paramref name="url"/> of <paramref name="page"/>,
    /// or null when it stays as written (a link to a section of the page itself) or cannot be
    /// resolved (reported at <paramref name="at"/>).
    /// </summary>
    private string? Resolve(ContentPage page, string url, bool isImage, SourceLocation at, DiagnosticBag diagnostics)
    {
        var (path, suffix) = Split(url);
        if (path.Length == 0)
        {
            CheckAnchor(page, suffix, at, diagnostics);
            return null;
        }
        var target = InputPath.Combine(InputPath.Directory(page.Document.Source.Path), Uri.UnescapeDataString(path));
        if (target is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (pagesBySource.TryGetValue(target, out var linked))
            {
                CheckAnchor(linked, suffix, at, diagnostics);
                return urls.Href(linked.SitePath) + suffix;
            }
            diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"Link to '{path}' points to no chapter or page.",
                Suggest(target, "Links to chapters are relative to this file, e.g. 02-economy.md or ../../other-report/zh/01-intro.md."));
            return null;
        }
        if (target is not null && inputFiles.Contains(target)) return urls.Href(media.Add(target)) + suffix;
        diagnostics.Error(isImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink, at,
            $"{(isImage ? "Image" : "Linked file")} '{path}' does not exist.",
            Suggest(target, "The path is relative to this Markdown file."));
        return null;
    }

    /// <summary>
    /// Takes out a link or image whose URL could run script (see <see cref="UrlSafety"/>): a link
    /// keeps its text, an image becomes its alt text, an autolink its text. Each is a warning.
    /// </summary>
    private static bool RemovedAsDangerous(Inline inline, ContentPage page, DiagnosticBag diagnostics)
    {
        var (url, isImage) = inline switch
        {
            LinkInline link => (link.Url, link.IsImage),
            AutolinkInline autolink => (autolink.Url, false),
            _ => (null, false),
        };
        if (url is null || !UrlSafety.IsDangerous(url, isImage)) return false;
        var source = page.Document.Source;
        diagnostics.Warning(DiagnosticCodes.UnsafeUrl, new SourceLocation(source.Path, source.BodyFirstLine + inline.Line, inline.Column + 1),
            $"{(isImage ? "Image" : "Link")} URL '{Shorten(url)}' could run script; it was removed.",
            "Link to an https:// address or a file of the site; for an image, use a file or a data:image/... URL.");
        switch (inline)
        {
            case LinkInline { IsImage: true } image:
                image.ReplaceBy(new LiteralInline(Markdown.InlineText.Of(image)));
                break;
            case LinkInline link:
                while (link.FirstChild is { } child)
                {
                    child.Remove();
                    link.InsertBefore(child);
                }
                link.Remove();
                break;
            default:
                inline.ReplaceBy(new LiteralInline(url));
                break;
        }
        return true;
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..60] + "…";

    /// <summary>Reports a <c>#fragment</c> that names no heading, alias or footnote of the target page.</summary>
    private static void CheckAnchor(ContentPage target, string suffix, SourceLocation at, DiagnosticBag diagnostics)
    {
        var hash = suffix.IndexOf('#');
        if (hash < 0 || hash == suffix.Length - 1) return;
        var anchor = Uri.UnescapeDataString(suffix[(hash + 1)..]);
        // Browsers take #top to the top of any page (HTML standard, "scroll to the fragment").
        if (anchor.Equals("top", StringComparison.OrdinalIgnoreCase)) return;
        var anchors = target.Document.Anchors;
        if (anchors.Contains(anchor)) return;
        var closest = Configuration.Spelling.Closest(anchor, anchors);
        var sections = string.Join(", ", target.Document.Outline.Take(6).Select(h => $"#{h.Anchor.Id} ({h.Text})"));
        diagnostics.Error(DiagnosticCodes.MissingAnchor, at,
            $"'{target.Document.Source.Path}' has no section '#{anchor}'.",
            closest is not null ? $"Did you mean '#{closest}'?"
                : sections.Length > 0 ? $"Its sections include {sections}." : "That page has no headings to link to.");
    }

    private string Suggest(string? target, string fallback)
    {
        if (target is null) return fallback;
        var name = target[(target.LastIndexOf('/') + 1)..];
        var closest = Configuration.Spelling.Closest(name,
            inputFiles.Where(f => InputPath.Directory(f) == InputPath.Directory(target)).Select(f => f[(f.LastIndexOf('/') + 1)..]));
        return closest is null ? fallback : $"Did you mean '{closest}'?";
    }

    /// <summary>True for relative references; false for absolute URLs (scheme or //host) and site-absolute paths.</summary>
    private static bool IsLocal(string url) =>
        !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith('/')
        && !Uri.TryCreate(url, UriKind.Absolute, out _);

    private static (string Path, string Suffix) Split(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }
}
