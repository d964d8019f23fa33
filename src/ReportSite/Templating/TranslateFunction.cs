using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// The templates' <c>t "key"</c>: a UI string of one language, HTML-escaped. A function object of
/// its own (not an imported delegate, which Scriban would call through reflection on every page);
/// one per language, shared by every render.
/// </summary>
public sealed class TranslateFunction(I18nTable table) : IScriptCustomFunction
{
    private readonly Dictionary<string, string> _escaped = table.Strings.ToDictionary(s => s.Key, s => System.Net.WebUtility.HtmlEncode(s.Value));

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var key = arguments.Count == 1 ? arguments[0] as string : null;
        if (key is null) throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, "t takes one text argument: the key of a UI string, e.g. t \"home\".");
        return _escaped.TryGetValue(key, out var text)
            ? text
            : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"UI string '{key}' is not defined in i18n/{table.Language}.yaml.");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => typeof(string);
    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "key");
}
