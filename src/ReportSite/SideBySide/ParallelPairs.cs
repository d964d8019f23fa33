using ReportSite.Content;
using ReportSite.Linking;

namespace ReportSite.SideBySide;

/// <summary>
/// Which chapters have a side-by-side view, and with which version: a chapter is set beside its
/// version in the site's default language, or (for the default language's chapter) in the first other
/// language that has one. The two columns keep the site's language order on both languages' views.
/// </summary>
internal static class ParallelPairs
{
    /// <summary>The layout of the view; a theme without it (one made before the view existed) has no side-by-side views.</summary>
    public const string Layout = "layouts/parallel.html";

    /// <summary>Whether <paramref name="theme"/> shows side-by-side views.</summary>
    public static bool Shown(Templating.Theme theme) => theme.Templates.ContainsKey(Layout);

    /// <summary>The version shown beside <paramref name="chapter"/>, or null when it has no side-by-side view.</summary>
    public static ContentPage? Partner(LinkedSite site, ContentPage chapter)
    {
        if (chapter.Kind != ContentKind.Chapter) return null;
        if (chapter.Language != site.Config.DefaultLanguage && site.Translation(chapter, site.Config.DefaultLanguage) is { } original) return original;
        return site.Languages.Where(l => l != chapter.Language).Select(l => site.Translation(chapter, l)).OfType<ContentPage>().FirstOrDefault();
    }

    /// <summary>The chapter and its partner in the site's language order (left column first).</summary>
    public static (ContentPage Left, ContentPage Right) Columns(LinkedSite site, ContentPage chapter, ContentPage partner)
    {
        var languages = site.Languages.ToList();
        return languages.IndexOf(chapter.Language) <= languages.IndexOf(partner.Language) ? (chapter, partner) : (partner, chapter);
    }
}
