using Markdig.Syntax;
using ReportSite.Configuration;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Linking;
using ReportSite.Markdown.Numbering;

namespace ReportSite.Data;

/// <summary>
/// The data stage, after Link: replaces every <c>```datatable</c> and <c>```chart</c> fence with a
/// block resolved against its data table — numbered per chapter ("表3-1"), formatted for the page's
/// language, charts drawn — names image figures and boxes with their chapter's number ("图3-2",
/// "专栏3-1"), and lists them all for the reports' lists of tables and figures.
/// </summary>
/// <param name="site">The linked site, whose pages' blocks are resolved.</param>
/// <param name="tables">The data tables that loaded, by name.</param>
/// <param name="labels">Each language's words for tables and charts.</param>
/// <param name="unloaded">Tables whose file exists but did not load: their errors were reported there, so a block using one is not reported again.</param>
internal sealed class DataBlockResolver(
    LinkedSite site, IReadOnlyDictionary<string, DataTable> tables, IReadOnlyDictionary<string, DataLabels> labels, IReadOnlySet<string> unloaded)
{
    private static readonly string[] TableOptions = ["source", "columns", "sort", "limit", "caption"];
    private static readonly string[] ChartOptions = ["type", "source", "label", "value", "series", "sort", "limit", "caption"];

    /// <param name="bodies">Each page's body, by the page's source path.</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    /// <returns>Every table and figure, per page (input path), in page order.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<FigureEntry>> Resolve(Func<ContentPage, Markdown.PageBody> bodies, DiagnosticBag diagnostics)
    {
        // Pages are resolved independently (each replaces blocks in its own tree), on every core.
        var resolved = site.Content.AsParallel().AsOrdered().Select(page => (page, Entries: ResolvePage(page, bodies(page), diagnostics))).ToList();
        var figures = new Dictionary<string, IReadOnlyList<FigureEntry>>(StringComparer.Ordinal);
        foreach (var (page, entries) in resolved)
            if (entries.Count > 0) figures[page.Document.Source.Path] = entries;
        return figures;
    }

    /// <summary>Resolves the data blocks of one page, replacing them in its <paramref name="body"/> (the incremental preview rebuilds only what changed).</summary>
    public List<FigureEntry> ResolvePage(ContentPage page, Markdown.PageBody body, DiagnosticBag diagnostics)
    {
        var entries = new List<FigureEntry>();
        var text = labels[page.Language];
        // Numbered where they were parsed (so links to them were checked against the same ids), in document order.
        foreach (var (block, given) in NumberedTargets.Nodes(body.Ast))
        {
            var numberLabel = text.NumberLabel(given.Kind, given.Number(page.Number));
            if (block is not FencedCodeBlock fence)
            {
                // An image figure or a box: its name gets the chapter's number; the block stays.
                new NumberName(numberLabel).Set(block);
                entries.Add(new FigureEntry(given.Kind, numberLabel, NumberedTargets.CaptionOf(block), page.Document.Source.Path, given.Id));
                continue;
            }
            var isTable = given.Kind == NumberedKind.Table;
            var request = BlockRequest.Read(page, fence, isTable ? TableOptions : ChartOptions, diagnostics);
            if (request is null || !tables.TryGetValue(request.Source, out var table))
            {
                if (request is not null && !unloaded.Contains(request.Source))
                    request.Error($"There is no data table '{request.Source}'.", Suggest(request.Source));
                continue;
            }
            var caption = request.Caption ?? table.Title.Get(page.Language);
            var id = given.Id;
            var csvUrl = site.Urls.Href(UrlBuilder.DataCsvPath(page.Language, table.Name));
            LeafBlock? replacement = isTable
                ? DataTableBuilder.Build(request, table, page.Language, text, id, numberLabel, caption, csvUrl)
                : ChartBuilder.Build(request, table, page.Language, text, id, numberLabel, caption, csvUrl);
            if (replacement is null) continue;
            Replace(fence, replacement);
            entries.Add(new FigureEntry(given.Kind, numberLabel, caption, page.Document.Source.Path, id));
        }
        return entries;
    }

    private string Suggest(string source)
    {
        var closest = Spelling.Closest(source, tables.Keys);
        return closest is not null ? $"Did you mean '{closest}'?"
            : tables.Count == 0 ? "Add input/data/<name>.yaml with title, columns and rows." : $"Data tables: {string.Join(", ", tables.Keys)}.";
    }

    private static void Replace(Block old, LeafBlock replacement)
    {
        var parent = old.Parent!;
        replacement.Line = old.Line;
        replacement.Column = old.Column;
        parent[parent.IndexOf(old)] = replacement;
    }
}
