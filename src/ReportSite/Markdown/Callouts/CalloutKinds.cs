using System.Collections.Frozen;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// The callout kinds the site knows. A new kind of <c>:::</c> container is one more entry here (and its
/// label in each i18n table, its colours in site.css); renderers and diagnostics read this table only.
/// </summary>
internal static class CalloutKinds
{
    /// <summary>Every kind, in the order the hint of an unknown kind lists them.</summary>
    public static readonly IReadOnlyList<CalloutKind> All =
    [
        new("note", Alert: true, "<circle cx=\"8\" cy=\"8\" r=\"6.5\"/><path d=\"M8 7.25v4M8 4.75V5\"/>"),
        new("tip", Alert: true, "<path d=\"M6 12h4M6.5 14.25h3M5.75 10c0-1.5-2.25-2.25-2.25-4.75a4.5 4.5 0 0 1 9 0c0 2.5-2.25 3.25-2.25 4.75z\"/>"),
        new("important", Alert: true, "<path d=\"M1.75 2.25h12.5v8.5H7.5l-3.25 3v-3H1.75z\"/><path d=\"M8 4.5v3M8 9v.25\"/>"),
        new("warning", Alert: true, "<path d=\"M8 1.75 14.75 14H1.25z\"/><path d=\"M8 6v3.5M8 11.5v.25\"/>"),
        new("caution", Alert: true, "<path d=\"M5.25 1.5h5.5l3.75 3.75v5.5l-3.75 3.75h-5.5L1.5 10.75v-5.5z\"/><path d=\"M8 5v3.5M8 10.75v.25\"/>"),
    ];

    private static readonly FrozenDictionary<string, CalloutKind> ByName =
        All.ToFrozenDictionary(kind => kind.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind named <paramref name="name"/> (any case), or null.</summary>
    public static CalloutKind? Find(ReadOnlySpan<char> name) =>
        ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var kind) ? kind : null;
}
