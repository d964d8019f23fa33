using System.Text.RegularExpressions;
using ReportSite.Content;

namespace ReportSite.Linking;

/// <summary>Slugs and sort keys from file names: <c>02-digital-economy.md</c> is order 2, slug <c>digital-economy</c>.</summary>
public static partial class ContentOrdering
{
    [GeneratedRegex(@"^(\d+)[-_.]")]
    private static partial Regex NumberPrefix();

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
