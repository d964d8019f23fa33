using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportSite.Templating;

/// <summary>
/// Resolves <c>include "partials/x.html"</c> to the theme's already-parsed templates. Names are
/// confined to the theme: absolute paths, backslashes and <c>..</c> segments are refused.
/// </summary>
public sealed class ThemeTemplateLoader(Theme theme) : ITemplateLoader
{
    public string? GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (templateName.Length == 0 || templateName.StartsWith('/') || templateName.Contains('\\')
            || templateName.Split('/').Any(segment => segment is ".." or "." or ""))
            return null;
        return theme.Templates.ContainsKey(templateName) ? templateName : null;
    }

    /// <summary>Only reached for a template not yet cached in the context; reads it from the theme folder.</summary>
    public string? Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        theme.Templates.ContainsKey(templatePath) ? Content.TextFile.Read(Path.Combine(theme.Directory, templatePath)) : null;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult(Load(context, callerSpan, templatePath));
}
