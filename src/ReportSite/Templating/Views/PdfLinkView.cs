namespace ReportSite.Templating.Views;

/// <summary>A report's PDF (made by <c>build --pdf</c>) and its size as a reader reads it (<c>1.2 MB</c>).</summary>
internal sealed record PdfLinkView(string Url, string Size)
{
    /// <summary>The size in KB (rounded up) below 1000 KB, else in MB with one decimal (1 KB = 1024 bytes).</summary>
    public static string FormatSize(long bytes)
    {
        var kilobytes = Math.Max(1, (bytes + 1023) / 1024);
        return kilobytes < 1000
            ? $"{kilobytes} KB"
            : (bytes / (1024.0 * 1024.0)).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " MB";
    }
}
