using System.Text.RegularExpressions;
using ReportSite.Content;

namespace ReportSite.Linking;

/// <summary>Slugs and sort keys from file names: <c>02-digital-economy.md</c> is order 2, slug <c>digital-economy</c>.</summary>
internal static partial class ContentOrdering
{
    [GeneratedRegex(@"^(\d+)[-_.]")]
    private static partial Regex NumberPrefix();

    /// <summary>
    /// The URL slug of every document by source path: the file name without its number prefix,
    /// unless two files in the same folder would share it (<c>01-economy</c>, <c>11-economy</c>):
    /// those keep their full file name, so numbered series of like-named chapters still build.
    /// </summary>
    public static Dictionary<string, string> Slugs(IEnumerable<SourceDocument> sources)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFolder = sources.GroupBy(s => (s.Kind, s.ReportId, s.Language));
        foreach (var folder in byFolder)
            foreach (var sameSlug in folder.GroupBy(s => Slug(s.FileStem), StringComparer.OrdinalIgnoreCase))
                foreach (var source in sameSlug)
                    slugs[source.Path] = sameSlug.Count() == 1 ? sameSlug.Key : source.FileStem;
        return slugs;
    }

    public static string Slug(string fileStem)
    {
        var match = NumberPrefix().Match(fileStem);
        var slug = match.Success ? fileStem[match.Length..] : fileStem;
        return slug.Length == 0 ? fileStem : slug;
    }

    /// <summary>Front matter <c>order</c>, else the number prefix, else last.</summary>
    public static int Order(SourceDocument source)
    {
        if (source.FrontMatter.Order is { } order) return order;
        var match = NumberPrefix().Match(source.FileStem);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, out var n) ? n : int.MaxValue;
    }

    public static string TranslationKey(SourceDocument source) => source.FrontMatter.TranslationKey ?? source.FileStem;
}
