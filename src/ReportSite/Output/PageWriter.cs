namespace ReportSite.Output;

/// <summary>Takes a rendered page's HTML (valid only during the call) for the page at <paramref name="sitePath"/>.</summary>
public delegate void PageWriter(string sitePath, ReadOnlySpan<char> html);
