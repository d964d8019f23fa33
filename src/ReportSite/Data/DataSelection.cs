namespace ReportSite.Data;

/// <summary>The rows and columns of a data table that one block shows, in display order.</summary>
internal sealed record DataSelection(DataTable Table, IReadOnlyList<DataColumn> Columns, IReadOnlyList<DataRow> Rows);
