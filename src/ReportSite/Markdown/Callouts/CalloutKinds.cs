using System.Collections.Frozen;

namespace ReportSite.Markdown.Callouts;

/// <summary>
/// The callout kinds the site knows. A new kind of <c>:::</c> container is one more entry here (and its
/// label in each i18n table, its colour and icon in site.css); renderers and diagnostics read this table only.
/// </summary>
internal static class CalloutKinds
{
    /// <summary>Every kind, in the order the hint of an unknown kind lists them.</summary>
    public static readonly IReadOnlyList<CalloutKind> All =
    [
        new("note", Alert: true),
        new("tip", Alert: true),
        new("important", Alert: true),
        new("warning", Alert: true),
        new("caution", Alert: true),
        // A box (专栏) is a titled, numbered container (Numbering.NumberingExtension, BoxWriter), not an alert.
        new("box", Alert: false),
    ];

    private static readonly FrozenDictionary<string, CalloutKind> ByName =
        All.ToFrozenDictionary(kind => kind.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind named <paramref name="name"/> (any case), or null.</summary>
    public static CalloutKind? Find(ReadOnlySpan<char> name) =>
        ByName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var kind) ? kind : null;
}
