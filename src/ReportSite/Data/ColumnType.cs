namespace ReportSite.Data;

/// <summary>What a data column holds; decides validation, alignment and formatting.</summary>
public enum ColumnType
{
    Text,
    Number,

    /// <summary>A number written as a percentage (45.2 means 45.2%).</summary>
    Percent,
}
