using ReportSite.Configuration;

namespace ReportSite.Data;

/// <summary>A table from <c>input/data/&lt;name&gt;.yaml</c> (schema and optional rows) and, if present, <c>&lt;name&gt;.csv</c> (rows).</summary>
public sealed record DataTable
{
    /// <summary>The file name without extension; data blocks refer to it as <c>source=name</c>.</summary>
    public required string Name { get; init; }
    public required string SourceFile { get; init; }
    public required LocalizedText Title { get; init; }

    /// <summary>Shown under every table and chart made from this data, e.g. that the values are illustrative.</summary>
    public LocalizedText Note { get; init; } = LocalizedText.Empty;
    public required IReadOnlyList<DataColumn> Columns { get; init; }
    public required IReadOnlyList<DataRow> Rows { get; init; }

    /// <summary>Where the rows are written: the CSV beside the YAML, or the YAML itself.</summary>
    public required string RowsFile { get; init; }

    /// <summary>Whether a row had a value that did not fit (reported there), which may leave cells empty.</summary>
    public bool RowsHaveErrors { get; init; }

    public DataColumn? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);
}
