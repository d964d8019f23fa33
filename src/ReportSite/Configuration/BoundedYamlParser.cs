using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportSite.Configuration;

/// <summary>
/// Hands YamlDotNet's loader the parser's events while holding the document to a nesting depth no
/// front matter or data file needs. The loader builds nested nodes by recursion, so 100,000 levels
/// of <c>[</c> would overflow the stack and end the process; here they stop at <see cref="MaxDepth"/>
/// with an error at the line where the limit was passed. An alias to a list or mapping it is
/// inside (<c>&amp;a [x, *a]</c>) is refused here too: YamlDotNet would build a loop, and hashing it as
/// a key overflows the stack inside the loader (found by fuzzing).
/// </summary>
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private readonly List<string> _openAnchors = [];
    private readonly HashSet<string> _definedAnchors = [];

    /// <summary>Whether the document used an alias; only then can it expand beyond its text.</summary>
    public bool SawAlias { get; private set; }

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case NodeEvent { Anchor: var anchor } and (MappingStart or SequenceStart):
                if (_openAnchors.Count == MaxDepth)
                    throw new YamlLimitException(inner.Current.Start,
                        $"Lists and mappings are nested more than {MaxDepth} levels deep here.", "Flatten the structure; front matter and data tables need a few levels at most.");
                _openAnchors.Add(anchor.IsEmpty ? "" : anchor.Value);
                break;
            case MappingEnd or SequenceEnd:
                _definedAnchors.Add(_openAnchors[^1]);
                _openAnchors.RemoveAt(_openAnchors.Count - 1);
                break;
            case Scalar { Anchor: { IsEmpty: false } anchor }:
                _definedAnchors.Add(anchor.Value);
                break;
            case AnchorAlias alias when _openAnchors.Contains(alias.Value.Value):
                throw new YamlLimitException(alias.Start, $"The alias *{alias.Value} refers to the value that contains it, which would never end.",
                    "Aliases may only repeat a value defined before them, outside it.");
            case AnchorAlias alias when !_definedAnchors.Contains(alias.Value.Value):
                // YamlDotNet accepts an alias before its anchor and resolves it later; as a key that loops for ever.
                throw new YamlLimitException(alias.Start, $"The alias *{alias.Value} comes before its anchor &{alias.Value} is defined.",
                    "Define the value with &name first; aliases (*name) can only repeat what is above them.");
            case AnchorAlias:
                SawAlias = true;
                break;
        }
        return true;
    }
}

/// <summary>A YAML document passes one of the bounds ReportSite holds input to (depth, alias expansion).</summary>
internal sealed class YamlLimitException(Mark at, string message, string hint) : Exception(message)
{
    public Mark At { get; } = at;
    public string Hint { get; } = hint;
}
