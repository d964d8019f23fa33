using System.Text;

namespace ReportSite.Data;

/// <summary>
/// The options on a <c>```datatable</c> or <c>```chart</c> line: <c>key=value</c> pairs separated by
/// spaces, values quoted when they contain spaces (<c>caption="示例数据"</c>).
/// </summary>
internal static class BlockArguments
{
    /// <returns>The pairs in order, or an error message.</returns>
    public static (IReadOnlyDictionary<string, string> Values, string? Error) Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) break;
            var start = i;
            while (i < text.Length && text[i] != '=' && !char.IsWhiteSpace(text[i])) i++;
            var key = text[start..i];
            if (i >= text.Length || text[i] != '=') return (values, $"'{key}' has no value: write {key}=...");
            i++;
            var value = new StringBuilder();
            if (i < text.Length && text[i] == '"')
            {
                i++;
                while (i < text.Length && text[i] != '"') value.Append(text[i++]);
                if (i >= text.Length) return (values, $"The quoted value of '{key}' is not closed.");
                i++;
            }
            else
                while (i < text.Length && !char.IsWhiteSpace(text[i])) value.Append(text[i++]);
            if (!values.TryAdd(key, value.ToString())) return (values, $"'{key}' is given twice.");
        }
        return (values, null);
    }
}
