using TextMateSharp.Grammars;
using TextMateSharp.Registry;

namespace ReportSite.Markdown.CodeHighlighting;

/// <summary>
/// Splits code into classed runs with the TextMate grammars VS Code ships (TextMateSharp.Grammars:
/// about 60 languages, Python, JSON, YAML, shell, C#, SQL, JavaScript, HTML, XML and CSS among them).
/// A fence's language is looked up as GitHub does, case-insensitively, by the grammar's id, an
/// alias or a file extension (<c>python</c>, <c>py</c>; <c>yaml</c>, <c>yml</c>; <c>bash</c>, <c>sh</c>).
/// The grammars are loaded on the first code block that names a known language, so a site without
/// code pays nothing. TextMateSharp's grammars are not thread-safe and render workers run in
/// parallel, so blocks are highlighted one at a time; code blocks are few, and each is highlighted
/// once per build.
/// </summary>
internal sealed class CodeHighlighter
{
    /// <summary>Lines longer than this (minified code, data dumps) leave their block plain, as VS Code stops tokenising long lines.</summary>
    public const int MaxLineLength = 10_000;

    /// <summary>
    /// How long one line may take; a grammar that needs longer leaves its block plain rather than stalling
    /// the build. Generous, because the first line of a language also compiles its grammar's expressions,
    /// which took over a second on a loaded 2-core machine: the page must not depend on the machine's load.
    /// </summary>
    private static readonly TimeSpan LineTimeLimit = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private Grammars? _grammars;
    private bool _unavailable;

    /// <summary>
    /// The classed runs of each of <paramref name="lines"/> (a line's other characters are plain),
    /// or null when the block stays plain: the language is unknown (or empty), a line is too long,
    /// or the grammar failed on it. The runs never overlap and lie within their line.
    /// </summary>
    public List<TokenRun>[]? Highlight(string language, IReadOnlyList<string> lines)
    {
        if (language.Length == 0 || lines.Any(line => line.Length > MaxLineLength)) return null;
        lock (_lock)
        {
            if (Load() is not { } grammars || grammars.For(language) is not { } grammar) return null;
            try
            {
                return Tokenise(grammar, lines, grammars.ClassOfScope);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Grammars are third-party regular expressions run by a native library: when one
                // fails, the code is still published, as plain text.
                return null;
            }
        }
    }

    private static List<TokenRun>[]? Tokenise(IGrammar grammar, IReadOnlyList<string> lines, Dictionary<string, string?> classOfScope)
    {
        var result = new List<TokenRun>[lines.Count];
        IStateStack? state = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var tokenised = grammar.TokenizeLine(line, state, LineTimeLimit);
            state = tokenised.RuleStack;
            var runs = new List<TokenRun>();
            var covered = 0;
            foreach (var token in tokenised.Tokens)
            {
                var start = Math.Max(token.StartIndex, covered);
                var end = Math.Min(token.EndIndex, line.Length);
                // A run never splits a surrogate pair (the text is the same either way, but a half
                // character in a span of its own would not be one character any more).
                if (end < line.Length && end > 0 && char.IsHighSurrogate(line[end - 1])) end++;
                if (end <= start) continue;
                covered = end;
                if (TokenClasses.Of(token.Scopes, classOfScope) is not { } css) continue;
                if (runs.Count > 0 && runs[^1].End == start && runs[^1].Class == css) runs[^1] = runs[^1] with { End = end };
                else runs.Add(new TokenRun(start, end, css));
            }
            // A line the grammar stopped on early (its time ran out) is not tokenised to its end.
            if (covered < line.Length) return null;
            result[i] = runs;
        }
        return result;
    }

    private Grammars? Load()
    {
        if (_grammars is not null || _unavailable) return _grammars;
        try
        {
            _grammars = new Grammars();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The grammars' regular expressions run in a native library (Oniguruma); on a platform
            // it cannot load on, every code block is published plain.
            _unavailable = true;
        }
        return _grammars;
    }

    /// <summary>The registry of grammars, what each language name finds, and the grammars loaded so far.</summary>
    private sealed class Grammars
    {
        private readonly Registry _registry;
        private readonly Dictionary<string, string> _scopeOfName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, IGrammar?> _grammarOfScope = new(StringComparer.Ordinal);

        /// <summary>The token class of each scope seen so far (<see cref="TokenClasses.Of"/>).</summary>
        public Dictionary<string, string?> ClassOfScope { get; } = new(StringComparer.Ordinal);

        public Grammars()
        {
            var options = new RegistryOptions(ThemeName.LightPlus);
            _registry = new Registry(options);
            var languages = options.GetAvailableLanguages();
            // Ids first, then aliases, then extensions: the first grammar to claim a name keeps it.
            foreach (var language in languages) Name(language.Id, language);
            foreach (var language in languages)
                foreach (var alias in language.Aliases ?? []) Name(alias, language);
            foreach (var language in languages)
                foreach (var extension in language.Extensions ?? [])
                    if (extension.StartsWith('.') && extension.IndexOfAny(['.', '*'], 1) < 0) Name(extension[1..], language);
            // GitHub's name for shell scripts, which the grammar does not list.
            Name("shell", languages.First(l => l.Id == "shellscript"));

            void Name(string name, Language language)
            {
                if (options.GetScopeByLanguageId(language.Id) is { Length: > 0 } scope) _scopeOfName.TryAdd(name, scope);
            }
        }

        /// <summary>The grammar a fence's language names, loaded on first use; null when none is known.</summary>
        public IGrammar? For(string language)
        {
            if (!_scopeOfName.TryGetValue(language, out var scope)) return null;
            if (!_grammarOfScope.TryGetValue(scope, out var grammar))
            {
                try
                {
                    grammar = _registry.LoadGrammar(scope);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    grammar = null; // a grammar that cannot be read leaves its language plain
                }
                _grammarOfScope[scope] = grammar;
            }
            return grammar;
        }
    }
}
