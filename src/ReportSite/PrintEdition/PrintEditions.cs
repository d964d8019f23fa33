namespace ReportSite.PrintEdition;

/// <summary>
/// Whether a site shows print editions: every report, in every language it has chapters in, on one
/// page (<c>/zh/wid-2024/print/</c>) that a browser prints whole, or <c>build --pdf</c> prints to a PDF.
/// </summary>
internal static class PrintEditions
{
    /// <summary>The layout of the edition; a theme without it (one made before editions existed) has none.</summary>
    public const string Layout = "layouts/print.html";

    /// <summary>Whether <paramref name="theme"/> shows print editions.</summary>
    public static bool Shown(Templating.Theme theme) => theme.Templates.ContainsKey(Layout);

    /// <summary>The id of the <paramref name="position"/>-th chapter (from 1) on the edition's page, and the prefix of its body's ids.</summary>
    public static string ChapterId(int position) => $"ch{position}";
}
