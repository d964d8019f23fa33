namespace ReportSite.Markdown.Callouts;

/// <summary>One kind of callout: the word authors write and the i18n key of its label (its colour and icon are the theme's, site.css).</summary>
/// <param name="Name">The kind as written, lower case: <c>:::note</c>, <c>&gt; [!NOTE]</c>.</param>
/// <param name="Alert">Whether GitHub's <c>&gt; [!KIND]</c> alert syntax has it too (GitHub's five kinds only).</param>
internal sealed record CalloutKind(string Name, bool Alert)
{
    /// <summary>The key of the kind's label in the theme's i18n tables (<c>callout_note: 注意</c>).</summary>
    public string LabelKey { get; } = "callout_" + Name;

    /// <summary>The label when a table lacks the key: the name, capitalised.</summary>
    public string DefaultLabel => char.ToUpperInvariant(Name[0]) + Name[1..];
}
