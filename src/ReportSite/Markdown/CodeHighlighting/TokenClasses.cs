using System.Collections.Frozen;

namespace ReportSite.Markdown.CodeHighlighting;

/// <summary>
/// The theme's token classes (<c>hl-keyword</c>, <c>hl-string</c>…) for TextMate scopes
/// (<c>keyword.control.import.python</c>). A TextMate theme colours a token by the most specific
/// selector matching its innermost scope; this is that rule reduced to the few kinds of token a
/// reader tells apart, so one small stylesheet covers every grammar: the innermost scope with a
/// known prefix decides, its longest known prefix wins.
/// </summary>
internal static class TokenClasses
{
    /// <summary>Scope prefixes and their classes; an empty class stops the search and leaves the token plain (operators are not keywords).</summary>
    private static readonly FrozenDictionary<string, string> ByPrefix = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["comment"] = "hl-comment",
        ["keyword"] = "hl-keyword",
        ["storage"] = "hl-keyword",
        ["variable.language"] = "hl-keyword",
        ["keyword.operator"] = "",
        // Operators written as words read as keywords (Python's "and", "new", "typeof").
        ["keyword.operator.word"] = "hl-keyword",
        ["keyword.operator.logical.python"] = "hl-keyword",
        ["keyword.operator.new"] = "hl-keyword",
        ["keyword.operator.expression"] = "hl-keyword",
        ["keyword.other.unit"] = "hl-number",
        ["string"] = "hl-string",
        ["string.regexp"] = "hl-regexp",
        ["constant"] = "hl-constant",
        ["constant.numeric"] = "hl-number",
        ["constant.character.escape"] = "hl-escape",
        ["support.constant"] = "hl-constant",
        ["variable.other.constant"] = "hl-constant",
        ["entity.name.function"] = "hl-function",
        ["support.function"] = "hl-function",
        ["entity.name.type"] = "hl-type",
        ["entity.name.class"] = "hl-type",
        ["entity.name.namespace"] = "hl-type",
        ["entity.other.inherited-class"] = "hl-type",
        ["support.type"] = "hl-type",
        ["support.class"] = "hl-type",
        ["support.type.property-name"] = "hl-property",
        ["meta.object-literal.key"] = "hl-property",
        ["entity.name.tag"] = "hl-tag",
        ["entity.other.attribute-name"] = "hl-attribute",
        ["variable"] = "hl-variable",
        ["support.variable"] = "hl-variable",
        ["markup.heading"] = "hl-heading",
        ["entity.name.section"] = "hl-heading",
        ["markup.bold"] = "hl-strong",
        ["markup.italic"] = "hl-emphasis",
        ["markup.inserted"] = "hl-inserted",
        ["markup.deleted"] = "hl-deleted",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The class of a token with <paramref name="scopes"/> (outermost first); null when it stays plain.</summary>
    /// <param name="scopes">The token's scopes, as TextMate gives them.</param>
    /// <param name="cache">What each scope already matched (the same scopes come back on every line): a class, "" for plain, null for no prefix.</param>
    public static string? Of(IReadOnlyList<string> scopes, Dictionary<string, string?> cache)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var scope = scopes[i];
            if (!cache.TryGetValue(scope, out var found)) cache[scope] = found = Match(scope);
            if (found is not null) return found.Length == 0 ? null : found;
        }
        return null;
    }

    /// <summary>The class of <paramref name="scope"/>'s longest known prefix; null when none is known (the search goes on outwards).</summary>
    private static string? Match(string scope)
    {
        var candidate = scope;
        while (true)
        {
            if (ByPrefix.TryGetValue(candidate, out var found)) return found;
            var dot = candidate.LastIndexOf('.');
            if (dot < 0) return null;
            candidate = candidate[..dot];
        }
    }
}
