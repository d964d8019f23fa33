using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using ReportSite.Safety;

namespace ReportSite.Markdown.RawHtml;

/// <summary>
/// Cleans the raw HTML of a page body with HtmlSanitizer, as GitHub does: what reports use is kept
/// (tables with colspan/rowspan, sup/sub, figure, abbr, details/summary, picture/source, ruby for
/// Chinese annotations, <c>align</c>…); what can run script or change the page around it is removed
/// with everything in it (script, style, iframe, object, forms, svg…), and so are event handlers,
/// style attributes and URLs other than http(s), mailto, relative ones and images'
/// <c>data:image/…</c>; any other element — a docs component such as <c>&lt;Tabs&gt;</c>, or HTML
/// the site does not publish such as <c>&lt;center&gt;</c> or <c>&lt;video&gt;</c> — loses its tags and keeps its
/// content (but for a video's sources and tracks, which have none and are invalid outside it).
/// Only what the author wrote is checked (a <see cref="RawHtmlSourceMap"/> tells it from the build's
/// own HTML, whose attributes — <c>decoding</c> on images, a chart's SVG — are never the author's).
/// Thread-safe: a sanitiser per call.
/// </summary>
internal static class RawHtmlSanitizer
{
    /// <summary>Elements raw HTML may use (Markdown's own output needs no more than these).</summary>
    public static readonly IReadOnlySet<string> Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "span", "br", "hr", "wbr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp", "var",
        "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "dfn", "cite", "q", "time",
        "bdi", "bdo", "ruby", "rt", "rp", "a", "img", "picture", "source", "figure", "figcaption", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "details", "summary",
        "section", "aside", "input",
    };

    /// <summary>Attributes raw HTML may use; <c>data-*</c> attributes are allowed too.</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "class", "title", "lang", "dir", "href", "src", "srcset", "sizes", "media", "alt", "width", "height", "loading", "decoding", "align", "label",
        "colspan", "rowspan", "scope", "headers", "span", "datetime", "cite", "open", "start", "reversed", "type", "value", "checked", "disabled",
        "tabindex", "role", "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby", "download", "name",
    };

    /// <summary>
    /// Elements removed with everything in them: they run script, embed other pages, hold a page's
    /// style or metadata, take the reader's input, or hide their content from the page (template,
    /// noscript). GitHub shows none of them as written either.
    /// </summary>
    public static readonly IReadOnlySet<string> RemovedWhole = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "link", "meta", "base", "title", "iframe", "frame", "frameset", "object", "embed", "applet", "param",
        "portal", "fencedframe", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "form", "textarea", "select",
        "option", "optgroup", "datalist", "svg", "math",
    };

    /// <summary>The page body is parsed as a standards-mode document's body (quirks mode parses tables in paragraphs differently).</summary>
    private const string DocumentStart = "<!doctype html><html><body>";

    private static readonly HtmlParser Parser = new(
        new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = true },
        BrowsingContext.New(AngleSharp.Configuration.Default.WithCss()));

    /// <summary>
    /// Returns the cleaned body. <paramref name="removed"/> is called once per removed element or
    /// attribute the author wrote, with what it was (<c>&lt;script&gt;</c>, <c>onclick</c>,
    /// <c>href="javascript:…"</c>) and where the Markdown wrote it; <paramref name="unwrapped"/> once
    /// per element whose tags were dropped, with its name as written, where, and whether it is an
    /// HTML element (else a docs component or a typo). Comments are removed silently: Markdown
    /// authors use them for notes.
    /// </summary>
    public static string Clean(string html, RawHtmlSourceMap map, Action<string, MarkdownPosition> removed, Action<string, MarkdownPosition, bool> unwrapped)
    {
        using var document = Parser.ParseDocument(DocumentStart + html);
        var sanitizer = Create();
        var unwrapping = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        var attachment = new Dictionary<INode, bool>(ReferenceEqualityComparer.Instance);
        Dictionary<string, Queue<int>>? foreignRoots = null;
        sanitizer.RemovingTag += (_, e) =>
        {
            var (offset, source) = Locate(e.Tag, map);
            if (offset < 0 && IsForeignRoot(e.Tag))
            {
                // AngleSharp gives <svg> and <math> no source position: the n-th of them is the n-th such tag the author wrote.
                foreignRoots ??= ForeignRoots(html, map);
                if (foreignRoots.TryGetValue(e.Tag.LocalName, out var offsets) && offsets.TryDequeue(out var written))
                    (offset, source) = (written, map.Source(written));
            }
            if (offset >= 0 && source is null)
            {
                e.Cancel = true; // the build's own HTML (a task list's checkbox, an image's decoding)
                return;
            }
            if (e.Tag.LocalName == "track")
            {
                e.Cancel = true; // a media element's part: dropped with the orphaned sources below, its element reported instead
                return;
            }
            var attached = IsAttached(e.Tag, attachment);
            if (!RemovedWhole.Contains(e.Tag.LocalName) && e.Tag.NamespaceUri == NamespaceNames.HtmlUri)
            {
                e.Cancel = true;
                unwrapping.Add(e.Tag);
                if (source is { } at && attached)
                    unwrapped(HtmlStartTag.ReadAt(html, offset)?.Name ?? e.Tag.LocalName, at, e.Tag is not IHtmlUnknownElement);
            }
            else
            {
                if (source is { } at && attached) removed($"<{e.Tag.LocalName}>", at);
                attachment[e.Tag] = false; // what is inside goes with it
            }
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            var (offset, source) = Locate(e.Tag, map);
            if (offset >= 0 && source is null) e.Cancel = true;
            else if (e.Tag.LocalName == "track") e.Cancel = true; // dropped whole, see DropOrphanedMediaSources
            // An element that loses its tags loses its attributes with them.
            else if (source is { } at && !unwrapping.Contains(e.Tag))
                removed(Describe(e.Attribute), AttributeSource(html, offset, e.Attribute.Name, map) ?? at);
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            // data-* are allowed, but not those the theme's scripts read (ThemeScriptAttributes).
            if (e.Node is not IElement element || unwrapping.Contains(element)) return;
            foreach (var attribute in element.Attributes.Where(a => ThemeScriptAttributes.Names.Contains(a.Name)).ToList())
            {
                var (offset, source) = Locate(element, map);
                if (source is not { } at) continue; // the build's own (a data table's data-sort)
                element.RemoveAttribute(attribute.Name);
                removed($"{attribute.Name}=\"{Shorten(attribute.Value)}\" (the site's own script reads it)", AttributeSource(html, offset, attribute.Name, map) ?? at);
            }
        };
        sanitizer.SanitizeDom(document, document.Body);
        DropOrphanedMediaSources(document.Body!, unwrapping);
        return document.Body!.ChildNodes.ToHtml(new UnwrappingFormatter(sanitizer.OutputFormatter, unwrapping));
    }

    /// <summary>
    /// A <c>&lt;source&gt;</c> or <c>&lt;track&gt;</c> is valid only in a picture, video or audio. The
    /// site publishes only pictures (whose sources stay): the sources and tracks of an unwrapped <c>&lt;video&gt;</c> or
    /// <c>&lt;audio&gt;</c> (reported as unwrapped) would be left loose in the page, invalid HTML with
    /// no text to show, so they are dropped.
    /// </summary>
    private static void DropOrphanedMediaSources(IElement body, IReadOnlySet<IElement> unwrapping)
    {
        var orphans = body.QuerySelectorAll("source, track").Where(media => media.LocalName == "track" || PublishedParent(media, unwrapping) is not IHtmlPictureElement).ToList();
        foreach (var orphan in orphans) orphan.Remove();
    }

    /// <summary>The element's parent as the page is written: the nearest ancestor that keeps its tags.</summary>
    private static IElement? PublishedParent(IElement element, IReadOnlySet<IElement> unwrapping)
    {
        var parent = element.ParentElement;
        while (parent is not null && unwrapping.Contains(parent)) parent = parent.ParentElement;
        return parent;
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            UriAttributes = new HashSet<string>(["href", "src", "cite", "action", "formaction", "poster", "background", "longdesc", "usemap"], StringComparer.OrdinalIgnoreCase),
            UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
            AllowDataAttributes = true,
        });
        sanitizer.FilterUrl += (_, e) =>
        {
            // Images may embed pictures as data: URLs; nothing else may use data: (it can carry a page with script).
            if (e.SanitizedUrl is null && e.Tag.LocalName is "img" or "source" && UrlAllowsImageData(e.OriginalUrl)) e.SanitizedUrl = e.OriginalUrl.Trim();
        };
        return sanitizer;
    }

    /// <summary>
    /// The offset of <paramref name="element"/>'s start tag in the body (-1 when the parser made the
    /// element itself: an implied &lt;tbody&gt;, a copy of an unclosed &lt;b&gt;, which are checked
    /// but reported through the original) and where the Markdown wrote it (null when the build did).
    /// </summary>
    private static (int Offset, MarkdownPosition? Source) Locate(IElement element, RawHtmlSourceMap map)
    {
        var index = element.SourceReference?.Position.Index ?? -1;
        if (index < DocumentStart.Length) return (-1, null);
        var offset = index - DocumentStart.Length;
        return (offset, map.Source(offset));
    }

    private static bool IsForeignRoot(IElement element) =>
        element.NamespaceUri != NamespaceNames.HtmlUri && element.Parent is IElement parent && parent.NamespaceUri == NamespaceNames.HtmlUri;

    /// <summary>The offsets of the &lt;svg&gt; and &lt;math&gt; start tags the author wrote, by name.</summary>
    private static Dictionary<string, Queue<int>> ForeignRoots(string html, RawHtmlSourceMap map)
    {
        var roots = new Dictionary<string, Queue<int>>(StringComparer.OrdinalIgnoreCase) { ["svg"] = new(), ["math"] = new() };
        foreach (var tag in HtmlStartTag.All(html))
            if (roots.TryGetValue(tag.Name, out var offsets) && map.Source(tag.Start) is not null) offsets.Enqueue(tag.Start);
        return roots;
    }

    /// <summary>Where the Markdown wrote the attribute, when the start tag can be read again at <paramref name="offset"/>.</summary>
    private static MarkdownPosition? AttributeSource(string html, int offset, string name, RawHtmlSourceMap map) =>
        HtmlStartTag.ReadAt(html, offset)?.Attribute(name) is { } attribute ? map.Source(attribute.NameStart) : null;

    /// <summary>
    /// Whether the element is still in the page (not inside an element removed before it, which was
    /// reported instead). Elements come in document order, so what is known of their ancestors
    /// stays true: it is remembered, and a page of thousands of nested tags is not walked up for each.
    /// </summary>
    private static bool IsAttached(IElement element, Dictionary<INode, bool> known)
    {
        var path = new List<INode>();
        bool attached;
        for (var node = element.Parent; ; node = node.Parent)
        {
            if (node is null) { attached = false; break; }
            if (node is IDocument) { attached = true; break; }
            if (known.TryGetValue(node, out attached)) break;
            path.Add(node);
        }
        foreach (var node in path) known[node] = attached;
        return attached;
    }

    /// <summary>
    /// Writes the page as <paramref name="inner"/> does, but for the tags of the elements to unwrap:
    /// their content is written in their place. (Moving thousands of children out in the tree costs
    /// seconds; leaving their tags out costs nothing.) Footnote ids written for Markdig's style
    /// (<c>#fn:1</c>) are written in the site's (<see cref="RawHtmlStyle"/>); void elements are HTML5 already.
    /// </summary>
    private sealed class UnwrappingFormatter(IMarkupFormatter inner, IReadOnlySet<IElement> unwrapped) : IMarkupFormatter
    {
        public string OpenTag(IElement element, bool selfClosing) => unwrapped.Contains(element) ? "" : RawHtmlStyle.FootnoteIdsAligned(inner.OpenTag(element, selfClosing));
        public string CloseTag(IElement element, bool selfClosing) => unwrapped.Contains(element) ? "" : inner.CloseTag(element, selfClosing);
        public string Text(ICharacterData text) => RawHtmlStyle.FootnoteIdsAligned(inner.Text(text));
        public string LiteralText(ICharacterData text) => inner.LiteralText(text);
        public string Comment(IComment comment) => inner.Comment(comment);
        public string Processing(IProcessingInstruction processing) => inner.Processing(processing);
        public string Doctype(IDocumentType doctype) => inner.Doctype(doctype);
    }

    private static bool UrlAllowsImageData(string url) =>
        url.TrimStart().StartsWith("data:image/", StringComparison.OrdinalIgnoreCase) && !Safety.UrlSafety.IsDangerous(url, isImage: true);

    private static string Describe(IAttr attribute) =>
        Attributes.Contains(attribute.Name) ? $"{attribute.Name}=\"{Shorten(attribute.Value)}\"" : attribute.Name;

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
