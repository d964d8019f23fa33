using ReportSite.Diagnostics;

namespace ReportSite.PrintEdition;

/// <summary>What an <see cref="IPdfPrinter"/> reports when it cannot print: the diagnostics of <c>build --pdf</c>.</summary>
public static class PdfProblems
{
    /// <summary>No browser was found: a warning, the site is put in place without PDFs.</summary>
    public static void NoBrowser(DiagnosticBag diagnostics, string message, string hint) =>
        diagnostics.Warning(DiagnosticCodes.NoPdfBrowser, SourceLocation.FileOnly(""), message, hint);

    /// <summary>The browser the user named is not there: an error, nothing is put in place.</summary>
    public static void NamedBrowserMissing(DiagnosticBag diagnostics, string message, string hint) =>
        diagnostics.Error(DiagnosticCodes.NoPdfBrowser, SourceLocation.FileOnly(""), message, hint);

    /// <summary>Printing failed: an error, the previous output stays in place.</summary>
    public static void PrintFailed(DiagnosticBag diagnostics, string message, string hint) =>
        diagnostics.Error(DiagnosticCodes.PdfPrintFailed, SourceLocation.FileOnly(""), message, hint);
}
