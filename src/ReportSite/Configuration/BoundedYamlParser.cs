using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportSite.Configuration;

/// <summary>
/// Hands YamlDotNet's loader the parser's events while holding the document to a nesting depth no
/// front matter or data file needs. The loader builds nested nodes by recursion, so 100,000 levels
/// of <c>[</c> would overflow the stack and end the process; here they stop at <see cref="MaxDepth"/>
/// with an error at the line where the limit was passed.
/// </summary>
public sealed class BoundedYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++_depth > MaxDepth:
                throw new YamlLimitException(inner.Current.Start,
                    $"Lists and mappings are nested more than {MaxDepth} levels deep here.", "Flatten the structure; front matter and data tables need a few levels at most.");
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }
        return true;
    }
}

/// <summary>A YAML document passes one of the bounds ReportSite holds input to (depth, alias expansion).</summary>
public sealed class YamlLimitException(Mark at, string message, string hint) : Exception(message)
{
    public Mark At { get; } = at;
    public string Hint { get; } = hint;
}
