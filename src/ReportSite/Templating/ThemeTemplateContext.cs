using System.Collections.Concurrent;
using ReportSite.Templating.Views;
using Scriban;
using Scriban.Runtime;

namespace ReportSite.Templating;

/// <summary>
/// A template context that shares, across every page it renders, what Scriban would otherwise
/// rebuild per context: the builtin functions object and the reflected accessors of the view types.
/// </summary>
internal sealed class ThemeTemplateContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor> accessors) : TemplateContext(builtins)
{
    /// <summary>The page being rendered.</summary>
    public PageView? Page { get; internal set; }

    /// <summary>An <see cref="HtmlFragment"/> (an article's body) is made straight into the page.</summary>
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        if (textAsObject is HtmlFragment html && Output is PageOutput page)
        {
            page.Append(html);
            return this;
        }
        return base.Write(span, textAsObject);
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target)
    {
        // Scriban's own objects and dictionaries get their accessors as usual; the view records
        // (plain .NET types with fixed members) are reflected once for the whole build.
        if (target is IScriptObject or System.Collections.IDictionary) return base.GetMemberAccessorImpl(target)!;
        return accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target)!);
    }
}
