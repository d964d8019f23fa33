using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.Mathematics;
using ReportSite.Markdown.SectionAnchors;
using ReportSite.Safety;

namespace ReportSite.Markdown;

/// <summary>
/// The Parse stage for one document: Markdown to AST, the title (front matter, else a leading H1,
/// which is then removed so the title is not shown twice; its id stays the page's title anchor),
/// section anchors, plain-text length, and formulas converted to MathML.
/// </summary>
internal sealed class DocumentParser(MarkdownPipeline pipeline)
{
    /// <param name="text">The page and its Markdown, which the returned body takes over.</param>
    /// <param name="diagnostics">Where its problems are reported.</param>
    /// <param name="themeIds">The ids the theme writes around the body (<see cref="Templating.Theme.Ids"/>), which the page's own ids leave to it.</param>
    /// <param name="strings">The theme's words in the page's language (callouts' labels); null gives English names.</param>
    /// <param name="math">The stage's converter of formulas to MathML; a page with formulas and none gets its own.</param>
    public ParsedPage Parse(MarkdownText text, DiagnosticBag diagnostics, IReadOnlySet<string>? themeIds = null, Templating.I18nTable? strings = null, MathTypesetter? math = null)
    {
        var source = text.Source;
        if (ParseMarkdown(text, diagnostics) is not var (ast, found))
            return new ParsedPage(new ParsedDocument
            {
                Source = source, Title = source.FrontMatter.Title ?? source.FileStem,
                Outline = [], Anchors = new HashSet<string>(), Length = default, Targets = [],
            }, new PageBody(source, text.Text, new MarkdownDocument(), [], [], []));
        var (rawHtml, links, callouts, formulas) = (found.RawHtml, found.Links, found.Callouts, found.Formulas);
        // The section anchor extension found the title heading and numbered the rest as Markdig parsed the page.
        if (callouts is not null) Callouts.CalloutResolver.Resolve(callouts, strings, text, diagnostics);
        var (leadingH1, outline) = SectionOutline.Of(ast);
        var leadingTitle = leadingH1 is null ? null : InlineText.Of(leadingH1.Inline);
        if (leadingH1 is not null)
        {
            // Taken out so the title is not shown twice; links in it go with it.
            ast.Remove(leadingH1);
            links.RemoveAll(link => RootBlock(link) == leadingH1);
            found.References?.RemoveAll(reference => RootBlock(reference) == leadingH1);
            rawHtml?.RemoveAll(html => html is Inline inline && RootBlock(inline) == leadingH1);
        }
        // The id Markdig gave the heading as it parsed it (its GitHub slug, or an explicit {#id}):
        // links written for GitHub point at it, and the page's own title heading carries it.
        var titleAnchor = leadingH1?.GetAttributes().Id is { Length: > 0 } id ? id : null;
        var title = source.FrontMatter.Title ?? leadingTitle;
        // A title the front matter failed to give, or a page with no text at all, is reported once, as that.
        if (title is null && !source.FrontMatter.Broken && ast.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingRequired, new SourceLocation(source.Path, 1, 1),
                "This page has no title.", "Add 'title: ...' to the front matter, or start the text with a '# Title' line.");
        }
        title ??= source.FileStem;
        // Ids are made unique here, not by an extension: it needs the theme's ids and reports into the
        // build's diagnostics, which are not the parse's, and it follows the attribute checks of the walk above.
        var numbered = Numbering.NumberedTargets.Nodes(ast);
        (titleAnchor, outline, var renamedIds, var redirects) = PageIds.UniqueIds.Assign(
            ast, leadingH1, titleAnchor, outline, themeIds ?? new HashSet<string>(), numbered.Select(n => n.Target), source, diagnostics);
        CheckHeadingLevels(source, outline, diagnostics);
        if (ast.Count == 0 && !source.FrontMatter.Broken)
            diagnostics.Error(DiagnosticCodes.EmptyContent, new SourceLocation(source.Path, source.BodyFirstLine, 1),
                "This page has no text.", "Write the text, or mark the file 'draft: true' to leave it out until it is ready.");
        var targets = Numbering.NumberedTargets.WithKeys(numbered);
        // Image figures and boxes are named by their number on the page until the data stage knows the chapter's.
        if (targets.Count > 0) Numbering.NumberName.Give(numbered, 0, (strings?.DataLabels() ?? Data.DataLabels.Default).NumberLabel);
        var anchors = CollectAnchors(ast, outline, rawHtml);
        // An author's id on a numbered element ({#tbl-growth}) names it; the element is written with its
        // numbered id (table-1), where links to the author's id are redirected.
        anchors.UnionWith(targets.Select(t => t.Id));
        if (targets.Any(t => t.Key is not null))
        {
            var named = new Dictionary<string, string>(redirects, StringComparer.Ordinal);
            foreach (var target in targets)
                if (target.Key is { } key) named.TryAdd(key, target.Id);
            redirects = named;
        }
        if (titleAnchor is not null) anchors.Add(titleAnchor);
        // The ids they were renamed from stay too: an earlier element has them, or links to them are redirected.
        anchors.UnionWith(renamedIds);
        anchors.UnionWith(redirects.Keys);
        var length = ReadingLength(ast);
        if (formulas is not null) (math ?? new MathTypesetter()).Typeset(formulas, source, diagnostics);
        ScrollableTables.RenderedTable.ReplaceTables(ast, pipeline);
        return new ParsedPage(new ParsedDocument
        {
            Source = source,
            Title = title,
            TitleAnchor = titleAnchor,
            RedirectedAnchors = redirects,
            Targets = targets,
            Outline = outline,
            Anchors = anchors,
            Length = length,
        }, new PageBody(source, text.Text, ast, links, rawHtml ?? [], found.References ?? []));
    }

    private static LeafBlock? RootBlock(Inline inline)
    {
        while (inline.Parent is { } parent) inline = parent;
        return (inline as ContainerInline)?.ParentBlock;
    }

    /// <summary>
    /// Input nested past the pipeline's <see cref="MarkdownPipeline.MaximumNestingDepth"/> is an error at
    /// its most deeply nested line (the build fails, nothing crashes): found in the parsed tree, or, for
    /// input too deep to parse (thousands of <c>&gt;</c> or list levels), where its lines are indented deepest.
    /// </summary>
    private (MarkdownDocument Ast, TreeFindings Found)? ParseMarkdown(MarkdownText text, DiagnosticBag diagnostics)
    {
        var (source, body) = (text.Source, text.Text);
        if (LinkSyntaxCost.TooCostlyAt(body) is >= 0 and var at)
        {
            diagnostics.Error(DiagnosticCodes.TooCostlyLinks, SourceLocation.InText(source.Path, body, at, source.BodyFirstLine),
                "From here on the text holds so many link brackets ('](' without spaces, or inside unclosed '[') that reading it would take minutes.",
                "Put spaces between links and close every '[': no report needs thousands of links in one unbroken run.");
            return null;
        }
        var limit = pipeline.MaximumNestingDepth;
        int line;
        try
        {
            var ast = Markdig.Markdown.Parse(body, pipeline, new SectionPageInputs(source.FrontMatter.Title, source.BodyFirstLine).ToContext());
            var tree = Inspect(ast, limit, source, diagnostics);
            if (tree.Depth <= limit) return (ast, tree);
            line = tree.Line;
        }
        catch (ArgumentException)
        {
            // Markdig's answer to input nested past MaximumNestingDepth: the text is its only argument, and never null.
            line = DeepestLine(body);
        }
        diagnostics.Error(DiagnosticCodes.TooDeeplyNested, new SourceLocation(source.Path, source.BodyFirstLine + line, 1),
            $"The text is nested too deeply to be read (more than {limit} quotes, lists, emphasis or links inside each other).",
            "Reduce the nesting; a report needs a few levels of quotes or lists at most.");
        return null;
    }

    /// <summary>
    /// One walk of the whole tree in document order, without recursion: cleans each node's attributes
    /// (<see cref="AttributeSafety"/>) and returns the depth and line of the most deeply nested node,
    /// the page's raw HTML (whose URLs the Link stage resolves and which rendering sanitises) and its
    /// links, images and autolinks (which the Link stage rewrites), its callouts (whose kinds are checked)
    /// and its cross-references (which the Link stage resolves).
    /// </summary>
    private static TreeFindings Inspect(MarkdownDocument ast, int limit, SourceDocument source, DiagnosticBag diagnostics)
    {
        var deepest = (Depth: 0, Line: 0);
        List<MarkdownObject>? rawHtml = null; // most pages have none
        List<ContainerBlock>? callouts = null; // nor these
        List<MarkdownObject>? formulas = null; // nor formulas
        List<CrossReferences.CrossReferenceInline>? references = null; // nor cross-references
        var links = new List<Inline>();
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((ast, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > deepest.Depth) deepest = (depth, node.Line);
            if (depth > limit) break;
            AttributeSafety.Clean(node, source, diagnostics);
            if (node is HtmlBlock or HtmlInline) (rawHtml ??= []).Add(node);
            if (node is LinkInline or AutolinkInline) links.Add((Inline)node);
            if (node is Markdig.Extensions.Alerts.AlertBlock or Markdig.Extensions.CustomContainers.CustomContainer) (callouts ??= []).Add((ContainerBlock)node);
            if (node is MathInline or MathBlock) (formulas ??= []).Add(node);
            if (node is CrossReferences.CrossReferenceInline reference) (references ??= []).Add(reference);
            // Children are pushed last first, so they are taken in document order.
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return new TreeFindings(deepest.Depth, deepest.Line, rawHtml, links, callouts, formulas, references);
    }

    /// <summary>The (0-based) line with the longest run of block markers and indentation at its start.</summary>
    private static int DeepestLine(string body)
    {
        int deepest = 0, depth = 0, line = 0, run = 0;
        var atStart = true;
        foreach (var c in body)
        {
            if (c == '\n')
            {
                line++;
                run = 0;
                atStart = true;
                continue;
            }
            if (atStart && c is '>' or ' ' or '\t' or '-' or '*' or '+') { if (++run > depth) (depth, deepest) = (run, line); }
            else atStart = false;
        }
        return deepest;
    }

    /// <summary>Warns where a heading jumps more than one level below the previous one (the title counts as level 1).</summary>
    private static void CheckHeadingLevels(SourceDocument source, IReadOnlyList<SectionHeading> outline, DiagnosticBag diagnostics)
    {
        var previous = 1;
        foreach (var heading in outline)
        {
            if (heading.Level > previous + 1)
                diagnostics.Warning(DiagnosticCodes.HeadingSkipsLevel, new SourceLocation(source.Path, heading.Line, 1),
                    $"Heading level {heading.Level} follows level {previous}, skipping a level.",
                    $"Use {new string('#', previous + 1)} for this heading, so screen readers and the table of contents see the right structure.");
            previous = heading.Level;
        }
    }

    private static HashSet<string> CollectAnchors(MarkdownDocument ast, IReadOnlyList<SectionHeading> outline, List<MarkdownObject>? rawHtml)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in outline)
        {
            anchors.Add(heading.Anchor.Id);
            if (heading.Anchor.Alias is { } alias) anchors.Add(alias);
        }
        foreach (var footnote in ast.Descendants<Footnote>())
            anchors.Add(Footnotes.FootnoteIds.Note(footnote.Order));
        if (rawHtml is not null) anchors.UnionWith(RawHtmlTargets(rawHtml));
        return anchors;
    }

    /// <summary>The ids raw HTML gives its elements, and its <c>&lt;a name&gt;</c>s: links may point at them too.</summary>
    private static IEnumerable<string> RawHtmlTargets(List<MarkdownObject> rawHtml) =>
        from node in rawHtml
        from tag in RawHtml.HtmlStartTag.All(RawHtml.RawHtmlLine.Join(RawHtml.RawHtmlLine.Of(node)).Text)
        from target in new[] { tag.Attribute("id"), tag.Name.Equals("a", StringComparison.OrdinalIgnoreCase) ? tag.Attribute("name") : null }
        where target is { Value.Length: > 0 }
        select System.Net.WebUtility.HtmlDecode(target.Value);

    /// <summary>The reading length of the page's text: every paragraph, heading, cell and code block.</summary>
    private static TextLength ReadingLength(MarkdownDocument ast)
    {
        var counter = new TextLength.Counter();
        foreach (var leaf in ast.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline) InlineText.Walk(inline, counter);
            else if (leaf is CodeBlock code)
                for (var i = 0; i < code.Lines.Count; i++)
                {
                    counter.Add(code.Lines.Lines[i].Slice.AsSpan());
                    counter.Break();
                }
            counter.Break();
        }
        return counter.Result;
    }
}
