using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.RawHtml;
using ReportSite.Safety;

namespace ReportSite.Linking;

/// <summary>
/// Rewrites the links of a page's Markdown to output URLs: <c>02-economy.md#sec-1</c> and
/// <c>../../other/zh/x.md</c> become chapter URLs, images and other local files are registered
/// for copying and pointed at their published path, in Markdown and in raw HTML (<c>&lt;a href&gt;</c>,
/// <c>&lt;img src&gt;</c>, <c>srcset</c>) alike. External links are left alone. Cross-references
/// (<c>@tbl-x</c>) and links with no text to a page's element are named (<see cref="CrossReferences"/>).
/// </summary>
internal sealed class LinkRewriter(
    IReadOnlyDictionary<string, ContentPage> pagesBySource,
    IReadOnlySet<string> inputFiles,
    IReadOnlyDictionary<string, UnpublishedReason> unpublished,
    UrlBuilder urls,
    MediaCollector media,
    CrossReferences references)
{
    private readonly MissingFileHint _hints = new(inputFiles);

    /// <summary>Rewrites the links of <paramref name="body"/>, the body of <paramref name="page"/>, in place.</summary>
    public void Rewrite(ContentPage page, Markdown.PageBody body, DiagnosticBag diagnostics)
    {
        var source = page.Document.Source;
        // Listed by the Parse stage (unsafe links are taken out of the tree on the way).
        foreach (var inline in body.Links)
        {
            if (RemovedAsDangerous(inline, page, diagnostics)) continue;
            var at = new SourceLocation(source.Path, source.BodyFirstLine + inline.Line, inline.Column + 1);
            if (inline is not LinkInline link)
            {
                if (inline is AutolinkInline autolink) CheckAddress(autolink.Url, false, at, diagnostics);
                continue;
            }
            if (link.Url is not { Length: > 0 } url || !IsLocalFile(url, link.IsImage, at, diagnostics)) continue;
            if (link.IsImage)
            {
                link.GetAttributes().AddPropertyIfNotExist("loading", "lazy");
                link.GetAttributes().AddPropertyIfNotExist("decoding", "async");
            }
            var untitled = !link.IsImage && link.FirstChild is null;
            if (Resolve(page, url, at, link.IsImage, diagnostics, out var linked) is { } resolved) link.Url = resolved;
            if (untitled && linked is not null) Name(link, page, url, linked);
        }
        foreach (var reference in body.References)
            references.Resolve(page, reference, new SourceLocation(source.Path, source.BodyFirstLine + reference.Line, reference.Column + 1), diagnostics);
        // Raw HTML's URLs are resolved the same way; its script URLs are the sanitiser's to remove.
        foreach (var node in body.RawHtml)
        {
            var edits = new List<RawHtmlEdit>(RawHtmlImageLoading.In(node));
            foreach (var found in RawHtmlUrl.In(node))
            {
                var at = found.Source.In(source);
                if (!IsLocalFile(found.Url, found.IsImage, at, diagnostics)) continue;
                if (Resolve(page, found.Url, at, found.IsImage, diagnostics, out _) is { } resolved) edits.Add(found.Replace(resolved));
            }
            RawHtmlEdit.Set(node, edits);
        }
    }

    /// <summary>
    /// The output URL of a relative link or image <paramref name="url"/> of <paramref name="page"/>,
    /// or null when it stays as written (a link to a section of the page itself) or cannot be
    /// resolved (reported at <paramref name="at"/>); <paramref name="linked"/> is the chapter or page it
    /// links to, if any.
    /// </summary>
    private string? Resolve(ContentPage page, string url, SourceLocation at, bool isImage, DiagnosticBag diagnostics, out ContentPage? linked)
    {
        var (path, suffix) = Split(url);
        linked = path.Length == 0 ? page : null;
        if (path.Length == 0)
        {
            CheckAnchor(page, suffix, at, diagnostics);
            return Redirected(suffix, page) is var redirected && redirected != suffix ? redirected : null;
        }
        var directory = InputPath.Directory(page.Document.Source.Path);
        var target = InputPath.Combine(directory, Uri.UnescapeDataString(path));
        if (target is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (pagesBySource.TryGetValue(target, out linked))
            {
                CheckAnchor(linked, suffix, at, diagnostics);
                return urls.Href(linked.SitePath) + WithoutTitleAnchor(Redirected(suffix, linked), linked);
            }
            if (unpublished.TryGetValue(target, out var reason))
            {
                // A file that failed to load has its own error; a second one here would be noise.
                if (reason == UnpublishedReason.Draft)
                    diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"Link to '{path}' points to a draft (draft: true), which this build does not publish.",
                        "Publish the draft (remove draft: true) or take the link out; build --drafts includes drafts, for a preview only.");
                return null;
            }
            diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"Link to '{path}' points to no chapter or page.",
                _hints.For(directory, target, "Links to chapters are relative to this file, e.g. 02-economy.md or ../../other-report/zh/01-intro.md."));
            return null;
        }
        if (target is not null && inputFiles.Contains(target)) return urls.Href(media.Add(target)) + suffix;
        diagnostics.Error(isImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink, at,
            $"{(isImage ? "Image" : "Linked file")} '{path}' does not exist.",
            _hints.For(directory, target, "The path is relative to this Markdown file."));
        return null;
    }

    /// <summary>
    /// Gives a link written with no text (<c>[](#table-1)</c>, <c>[](02-economy.md#tbl-x)</c>), which
    /// readers would not see, the name of what it points at (<see cref="CrossReferences.NameOf"/>); a
    /// link to anything else is left as written.
    /// </summary>
    private void Name(LinkInline link, ContentPage page, string url, ContentPage linked)
    {
        var hash = url.IndexOf('#');
        var anchor = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        if (linked.Document.RedirectedAnchors.TryGetValue(anchor, out var renamed)) anchor = renamed;
        if (references.NameOf(page, linked, anchor) is not { } name) return;
        link.AppendChild(new LiteralInline(name));
        link.GetAttributes().AddClass("xref");
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

    /// <summary>
    /// True when the URL is a path to look up among the input files. An address with a scheme is
    /// never one: it is only checked for a malformed host. A Windows path (<c>C:\x.png</c>) names a
    /// file on the author's computer, which no reader can reach: an error, without a lookup.
    /// </summary>
    private static bool IsLocalFile(string url, bool isImage, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (UrlReference.IsDrivePath(url))
        {
            diagnostics.Error(isImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink, at,
                $"{(isImage ? "Image" : "Link")} '{Shorten(url)}' is a path on your computer; readers of the site cannot open it.",
                "Put the file in the input folder and write its path relative to this Markdown file, e.g. ../images/chart.png.");
            return false;
        }
        if (UrlReference.IsLocal(url)) return true;
        CheckAddress(url, isImage, at, diagnostics);
        return false;
    }

    private static void CheckAddress(string url, bool isImage, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (UrlReference.WebAddressProblem(url) is not { } problem) return;
        diagnostics.Warning(DiagnosticCodes.MalformedUrl, at,
            $"{(isImage ? "Image" : "Link")} address '{Shorten(url)}' is not a valid web address: {problem}. It is kept as written.",
            "Correct the address. If it is a placeholder for readers to fill in, write it as code (`https://<host>/path`) instead of a link.");
    }

    /// <summary>
    /// A link to another page's title heading (<c>other.md#its-h1-slug</c>, as written for GitHub)
    /// goes to the top of that page, whatever the theme does with the title.
    /// </summary>
    private static string WithoutTitleAnchor(string suffix, ContentPage target)
    {
        var hash = suffix.IndexOf('#');
        return hash >= 0 && target.Document.TitleAnchor is { } title && Uri.UnescapeDataString(suffix[(hash + 1)..]) == title
            ? suffix[..hash]
            : suffix;
    }

    /// <summary>
    /// A link to a theme's id that an author's element had to give up (<c>#main</c>) goes to that
    /// element's new id (<see cref="Markdown.ParsedDocument.RedirectedAnchors"/>).
    /// </summary>
    private static string Redirected(string suffix, ContentPage target)
    {
        var hash = suffix.IndexOf('#');
        return hash >= 0 && target.Document.RedirectedAnchors.TryGetValue(Uri.UnescapeDataString(suffix[(hash + 1)..]), out var renamed)
            ? suffix[..hash] + "#" + Uri.EscapeDataString(renamed)
            : suffix;
    }

    private static (string Path, string Suffix) Split(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }
}
