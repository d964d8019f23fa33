using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// A function the theme's templates call with one leading argument (<c>t "key"</c>,
/// <c>include "partials/x.html"</c>): a Scriban function object, called directly rather than
/// through reflection on every page. Subclasses give <see cref="Call"/>.
/// </summary>
internal abstract class TemplateFunction(string argumentName, Type returnType, ScriptVarParamKind moreArguments) : IScriptCustomFunction
{
    /// <summary>The call, with <paramref name="at"/> the place in the template it is made, for errors.</summary>
    protected abstract object? Call(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, SourceSpan at);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Call(context, callerContext, arguments, callerContext?.Span ?? context.CurrentSpan);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    public int RequiredParameterCount => 1;
    public int ParameterCount => 1;
    public ScriptVarParamKind VarParamKind => moreArguments;
    public Type ReturnType => returnType;
    public ScriptParameterInfo GetParameterInfo(int index) => new(index == 0 ? typeof(string) : typeof(object), index == 0 ? argumentName : "argument");
}
