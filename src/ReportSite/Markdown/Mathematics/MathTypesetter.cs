using System.Collections.Concurrent;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.RawHtml;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// Turns the formulas of parsed pages into MathML for the build stages that own it (one build, or one
/// preview session): each distinct formula is converted once, taken from the site's
/// <see cref="FormulaCache"/> when a build before converted it, else by Temml (<see cref="TemmlPool"/>),
/// which is loaded only when a formula is in neither (about a second). Dropped with the stages.
/// </summary>
internal sealed class MathTypesetter
{
    private readonly TemmlPool _temml = new();
    private readonly ConcurrentDictionary<(string Tex, bool Display), Formula> _done = new();
    private volatile FormulaCache? _cache;
    private volatile int _build;

    /// <summary>A formula's conversion, and the last full build that used it (what the cache keeps).</summary>
    private sealed class Formula(Lazy<(string? Temml, string? Error)> result)
    {
        public Lazy<(string? Temml, string? Error)> Result { get; } = result;
        public volatile int UsedIn;
    }

    /// <summary>
    /// Starts a full build: its formulas are looked up in the cache (null: none), and
    /// <see cref="SaveCache"/> then keeps exactly the formulas it used. A preview session keeps its cache
    /// object (read from disk once) as long as the site folder stays the same.
    /// </summary>
    public void BeginBuild(FormulaCache? cache)
    {
        _cache = cache is null ? null : _cache?.File == cache.File ? _cache : cache;
        Interlocked.Increment(ref _build);
    }

    /// <summary>
    /// Gives each formula of a page its MathML (<see cref="MathOf"/>), or reports once per formula
    /// Temml cannot read, at its place; such a formula keeps its TeX, shown as code. A page's new
    /// formulas are converted in parallel (Jint interprets Temml: a few ms a formula once warm).
    /// </summary>
    public void Typeset(IReadOnlyList<MarkdownObject> formulas, SourceDocument source, DiagnosticBag diagnostics)
    {
        var build = _build;
        var results = formulas.Select(f =>
        {
            var formula = _done.GetOrAdd(TexOf(f), key => new(new(() => Convert(key.Tex, key.Display))));
            formula.UsedIn = build;
            return formula.Result;
        }).ToArray();
        var pending = results.Where(r => !r.IsValueCreated).Distinct().ToArray();
        if (pending.Length > 1)
            Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, r => _ = r.Value);
        for (var i = 0; i < formulas.Count; i++)
        {
            var (formula, (temml, error)) = (formulas[i], results[i].Value);
            if (temml is not null) formula.SetData(typeof(MathTypesetter), MathMarkup.Clean(temml));
            else
                diagnostics.Error(DiagnosticCodes.BrokenMath, new MarkdownPosition(formula.Line, formula.Column).In(source),
                    $"This formula is not TeX the converter can read: {MathMarkup.Message(error!)}. It is shown as code.",
                    "Check its braces and command names (Temml supports LaTeX's math commands, e.g. \\frac{a}{b}, \\sum_{i=1}^{n}, \\sqrt{x}); a dollar sign that is money can be written \\$.");
        }
    }

    /// <summary>
    /// Ends a full build's Parse stage: the cache file is replaced by the formulas this build used and
    /// converted (a formula the site no longer has goes; an error is never kept), unless it holds them already.
    /// </summary>
    public void SaveCache()
    {
        if (_cache is not { } cache) return;
        var build = _build;
        var used = new Dictionary<(string Tex, bool Display), string>();
        foreach (var (key, formula) in _done)
            if (formula.UsedIn == build && formula.Result is { IsValueCreated: true, Value.Temml: { } temml }) used[key] = temml;
        if (used.Count == 0 && !cache.Exists) return;
        cache.Save(used);
    }

    /// <summary>Whether Temml was loaded: never, while no page has a formula that is not in the cache.</summary>
    public bool Loaded => _temml.Loaded;

    /// <summary>The MathML given to a formula, or null (not typeset, or not TeX the converter reads).</summary>
    public static string? MathOf(MarkdownObject formula) => formula.GetData(typeof(MathTypesetter)) as string;

    /// <summary>The TeX of a formula as written between its dollars, and whether it is display math.</summary>
    public static (string Tex, bool Display) TexOf(MarkdownObject formula) => formula switch
    {
        MathInline inline => (inline.Content.ToString().Trim(), inline.DelimiterCount == 2),
        MathBlock block => (block.Lines.ToString().Trim(), true),
        _ => throw new ArgumentException("Not a formula: " + formula.GetType().Name, nameof(formula)),
    };

    private (string? Temml, string? Error) Convert(string tex, bool display) =>
        _cache?.Stored.TryGetValue((tex, display), out var stored) == true ? (stored, null) : _temml.Render(tex, display);
}
