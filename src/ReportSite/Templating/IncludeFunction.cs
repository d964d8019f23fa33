using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Templating;

/// <summary>
/// The templates' <c>include "partials/x.html"</c>: renders one of the theme's parsed templates into
/// the page being written, sharing its variables as Scriban's own include does. Scriban's include
/// renders into a new buffer, copies it out and then clears it, which on a 10,000-page site costs
/// seconds for the article body alone; this one writes in place. Names are confined to the theme:
/// absolute paths, backslashes and <c>.</c> or <c>..</c> segments are refused.
/// </summary>
internal sealed class IncludeFunction(Theme theme) : TemplateFunction("name", typeof(object), ScriptVarParamKind.Direct)
{
    protected override object? Call(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, SourceSpan span)
    {
        RenderInPlace(context, callerContext, Template("include", arguments, span), arguments);
        return null;
    }

    /// <summary>The theme template named by the first argument of <paramref name="function"/>'s call.</summary>
    internal Template Template(string function, ScriptArray arguments, SourceSpan span)
    {
        var name = arguments.Count >= 1 ? arguments[0] as string : null;
        if (name is null)
            throw new ScriptRuntimeException(span, $"{function} takes the name of a theme template, e.g. {function} \"partials/header.html\".");
        if (!IsThemePath(name) || !theme.Templates.TryGetValue(name, out var template))
            throw new ScriptRuntimeException(span, $"{function}: the theme has no template '{name}' (names are paths inside the theme, e.g. partials/header.html).");
        return template;
    }

    /// <summary>Renders <paramref name="template"/> into the page being written, with its own local variables.</summary>
    internal static void RenderInPlace(TemplateContext context, ScriptNode? callerContext, Template template, ScriptArray arguments)
    {
        context.EnterRecursive(callerContext);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushLocal();
        if (template.SourceFilePath is { } file) context.PushSourceFile(file);
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, asReadOnly: true, force: true);
            if (template.Page is { } page && context.Evaluate(page) is { } result && context.EnableOutput) context.Write(page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(callerContext);
        }
    }

    private static bool IsThemePath(string name) =>
        name.Length > 0 && !name.StartsWith('/') && !name.Contains('\\') && !name.Split('/').Any(segment => segment is ".." or "." or "");
}
