namespace ReportSite.Linking;

/// <summary>An image or other file referenced by content, copied from the input to the output.</summary>
/// <param name="InputPath">Path relative to the input folder.</param>
/// <param name="SitePath">Path relative to the output folder.</param>
public sealed record MediaFile(string InputPath, string SitePath);
