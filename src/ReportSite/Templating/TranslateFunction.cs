using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// The templates' <c>t "key"</c>: a UI string of one language, HTML-escaped. A function object of
/// its own (not an imported delegate, which Scriban would call through reflection on every page);
/// one per language, shared by every render.
/// </summary>
internal sealed class TranslateFunction(I18nTable table) : TemplateFunction("key", typeof(string), ScriptVarParamKind.None)
{
    private readonly Dictionary<string, string> _escaped = table.Strings.ToDictionary(s => s.Key, s => System.Net.WebUtility.HtmlEncode(s.Value));

    protected override object? Call(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, SourceSpan at)
    {
        var key = arguments.Count == 1 ? arguments[0] as string : null;
        if (key is null) throw new ScriptRuntimeException(at, "t takes one text argument: the key of a UI string, e.g. t \"home\".");
        return _escaped.TryGetValue(key, out var text)
            ? text
            : throw new ScriptRuntimeException(at, $"UI string '{key}' is not defined in i18n/{table.Language}.yaml.");
    }
}
