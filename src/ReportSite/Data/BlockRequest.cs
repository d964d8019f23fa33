using Markdig.Syntax;
using ReportSite.Configuration;
using ReportSite.Diagnostics;
using ReportSite.Linking;

namespace ReportSite.Data;

/// <summary>
/// What a <c>```datatable</c> or <c>```chart</c> fence asks for: the options on its first line and an
/// optional <c>caption:</c> in its body; problems are reported at the fence's line.
/// </summary>
internal sealed class BlockRequest
{
    private readonly DiagnosticBag _diagnostics;

    private BlockRequest(IReadOnlyDictionary<string, string> options, string? caption, string kind, ContentPage page, SourceLocation at, DiagnosticBag diagnostics)
    {
        Kind = kind;
        Options = options;
        Caption = caption;
        Page = page;
        At = at;
        _diagnostics = diagnostics;
    }

    public IReadOnlyDictionary<string, string> Options { get; }
    public string Source => Options["source"];
    public string? Caption { get; }

    /// <summary>datatable or chart.</summary>
    public string Kind { get; }
    public ContentPage Page { get; }
    public SourceLocation At { get; }

    public string? this[string option] => Options.GetValueOrDefault(option);

    public void Error(string message, string hint) => _diagnostics.Error(DiagnosticCodes.DataBlock, At, message, hint);

    public static BlockRequest? Read(ContentPage page, FencedCodeBlock fence, IReadOnlyCollection<string> allowed, DiagnosticBag diagnostics)
    {
        var source = page.Document.Source;
        var at = new SourceLocation(source.Path, source.BodyFirstLine + fence.Line, fence.Column + 1);
        var (options, error) = BlockArguments.Parse(fence.Arguments ?? "");
        var kind = fence.Info ?? "";
        if (error is not null)
        {
            diagnostics.Error(DiagnosticCodes.DataBlock, at, error, $"Write options as key=value, e.g. ```{kind} source=wid-2024 sort=-total");
            return null;
        }
        foreach (var unknown in options.Keys.Where(k => !allowed.Contains(k)))
        {
            var closest = Spelling.Closest(unknown, allowed);
            diagnostics.Error(DiagnosticCodes.DataBlock, at, $"'{unknown}' is not an option of a {kind} block.",
                closest is not null ? $"Did you mean '{closest}'?" : $"Options: {string.Join(", ", allowed)}.");
        }
        if (!options.ContainsKey("source"))
        {
            diagnostics.Error(DiagnosticCodes.DataBlock, at, $"This {kind} block does not say which data to show.",
                $"Add source=NAME, where input/data/NAME.yaml is the data table.");
            return null;
        }
        var caption = options.GetValueOrDefault("caption");
        var body = fence.Lines.ToString().Trim();
        if (body.Length > 0)
        {
            var map = YamlText.ParseMapping(body, source.Path, source.BodyFirstLine + fence.Line + 1, diagnostics);
            map?.ReportUnknownKeys(["caption"]);
            caption = map?.String("caption") ?? caption;
        }
        return new BlockRequest(options, caption, kind, page, at, diagnostics);
    }

    /// <summary>Selects the rows and columns the block shows, reporting unknown columns and bad limits here.</summary>
    public DataSelection? Select(DataTable table, string columns, DataLabels labels) =>
        DataQuery.Select(table, columns, this["sort"], this["limit"], Page.Language, labels.Numbers.Culture,
            Error);

    /// <summary>
    /// A block that would show nothing — only empty values in the columns it plots or lists — is
    /// published as an empty frame without a word unless it is said here. A table without any rows,
    /// or with a value that did not fit, was reported at its file, so its blocks are not reported again.
    /// </summary>
    public void ReportIfEmpty(DataSelection selection, IReadOnlyList<DataColumn> values, string outcome)
    {
        if (selection.Table.Rows.Count == 0 || selection.Table.RowsHaveErrors || selection.Rows.Any(row => values.Any(c => !row[c.Key].IsEmptyIn(Page.Language)))) return;
        var keys = string.Join(", ", values.Select(c => c.Key));
        _diagnostics.Warning(DiagnosticCodes.EmptyData, At, $"The rows this {Kind} block selects have no value in {keys}, so it {outcome}.",
            $"Fill in {keys} in {selection.Table.RowsFile}, or name other columns.");
    }
}
