using System.Text;

namespace ReportSite.Cli.Pdf;

/// <summary>
/// Chromium stamps each PDF with the time it was printed (<c>/CreationDate</c>, <c>/ModDate</c>): these
/// are set to a fixed time, digit for digit so no offset in the file moves, so that the same site
/// prints the same bytes (the build is deterministic).
/// </summary>
public static class PdfMetadata
{
    private static readonly byte[][] Keys = [Encoding.ASCII.GetBytes("/CreationDate (D:"), Encoding.ASCII.GetBytes("/ModDate (D:")];

    /// <summary>The PDF with its time stamps' digits (up to 14: yyyyMMddHHmmss) set to 2000-01-01 00:00:00.</summary>
    public static byte[] WithoutClock(byte[] pdf)
    {
        var fixedTime = "20000101000000"u8;
        foreach (var key in Keys)
        {
            for (var at = pdf.AsSpan().IndexOf(key); at >= 0;)
            {
                var start = at + key.Length;
                for (var i = 0; i < fixedTime.Length && start + i < pdf.Length && char.IsAsciiDigit((char)pdf[start + i]); i++)
                    pdf[start + i] = fixedTime[i];
                var next = pdf.AsSpan(start).IndexOf(key);
                at = next < 0 ? -1 : start + next;
            }
        }
        return pdf;
    }
}
