using ReportSite.Diagnostics;

namespace ReportSite.PrintEdition;

/// <summary>
/// Prints pages of a written site to PDF, for <c>build --pdf</c>: the command line's, with a browser
/// (the library never starts one). Runs once the whole site is in its staging folder, before it is
/// put in place, so the PDFs are part of the same build's output.
/// </summary>
public interface IPdfPrinter
{
    /// <summary>
    /// The PDF of each job, in order; null when nothing could be printed. Without a browser the printer
    /// warns (the site is then put in place without PDFs); a printing failure is an error, which keeps
    /// the previous output in place like any failed build.
    /// </summary>
    /// <param name="siteFolder">The site as written (its pages' URLs are site-absolute under <paramref name="basePath"/>).</param>
    /// <param name="basePath">The path the site lives under, starting and ending with '/'.</param>
    /// <param name="jobs">The print editions to print and where their PDFs go.</param>
    /// <param name="diagnostics">Where a missing browser (warning) or a failure (error) is reported.</param>
    /// <param name="cancel">Stops printing (Ctrl+C).</param>
    IReadOnlyList<byte[]>? Print(string siteFolder, string basePath, IReadOnlyList<PdfJob> jobs, DiagnosticBag diagnostics, CancellationToken cancel);
}
