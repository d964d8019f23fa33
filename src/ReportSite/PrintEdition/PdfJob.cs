namespace ReportSite.PrintEdition;

/// <summary>One PDF to print: the page (site path of a print edition, <c>zh/wid/print/</c>) and where its PDF goes.</summary>
public sealed record PdfJob(string PageSitePath, string PdfSitePath);
