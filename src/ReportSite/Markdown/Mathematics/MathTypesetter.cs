using System.Collections.Concurrent;
using Markdig.Extensions.Mathematics;
using Markdig.Syntax;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown.RawHtml;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// Turns the formulas of parsed pages into MathML (<see cref="TemmlEngine"/>) for the build stages that
/// own it (one build, or one preview session): engines are made only when a page has a formula (a site
/// without math never loads Temml), at most one per core (an engine serves one thread at a time and
/// goes back to the pool), and each distinct formula is converted once. Dropped with the stages.
/// </summary>
internal sealed class MathTypesetter
{
    private readonly Lazy<Jint.Prepared<Acornima.Ast.Script>> _script = new(TemmlEngine.Prepare, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentBag<TemmlEngine> _idle = [];
    private readonly SemaphoreSlim _engines = new(Environment.ProcessorCount);
    private readonly ConcurrentDictionary<(string Tex, bool Display), Lazy<(string? MathMl, string? Error)>> _done = new();

    /// <summary>
    /// Gives each formula of a page its MathML (<see cref="MathOf"/>), or reports once per formula
    /// Temml cannot read, at its place; such a formula keeps its TeX, shown as code. A page's new
    /// formulas are converted in parallel (Jint interprets Temml: about 20 ms a formula).
    /// </summary>
    public void Typeset(IReadOnlyList<MarkdownObject> formulas, SourceDocument source, DiagnosticBag diagnostics)
    {
        var results = formulas.Select(f => _done.GetOrAdd(TexOf(f), key => new(() => Convert(key.Tex, key.Display)))).ToArray();
        var pending = results.Where(r => !r.IsValueCreated).Distinct().ToArray();
        if (pending.Length > 1)
            Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, r => _ = r.Value);
        for (var i = 0; i < formulas.Count; i++)
        {
            var (formula, (mathMl, error)) = (formulas[i], results[i].Value);
            if (mathMl is not null) formula.SetData(typeof(MathTypesetter), mathMl);
            else
                diagnostics.Error(DiagnosticCodes.BrokenMath, new MarkdownPosition(formula.Line, formula.Column).In(source),
                    $"This formula is not TeX the converter can read: {error}. It is shown as code.",
                    "Check its braces and command names (Temml supports LaTeX's math commands, e.g. \\frac{a}{b}, \\sum_{i=1}^{n}, \\sqrt{x}); a dollar sign that is money can be written \\$.");
        }
    }

    /// <summary>Whether Temml was loaded: never, while no page has a formula.</summary>
    public bool Loaded => _script.IsValueCreated;

    /// <summary>The MathML given to a formula, or null (not typeset, or not TeX the converter reads).</summary>
    public static string? MathOf(MarkdownObject formula) => formula.GetData(typeof(MathTypesetter)) as string;

    /// <summary>The TeX of a formula as written between its dollars, and whether it is display math.</summary>
    public static (string Tex, bool Display) TexOf(MarkdownObject formula) => formula switch
    {
        MathInline inline => (inline.Content.ToString().Trim(), inline.DelimiterCount == 2),
        MathBlock block => (block.Lines.ToString().Trim(), true),
        _ => throw new ArgumentException("Not a formula: " + formula.GetType().Name, nameof(formula)),
    };

    private (string? MathMl, string? Error) Convert(string tex, bool display)
    {
        // An engine is made only when none is free, and never more than one per core.
        _engines.Wait();
        var engine = _idle.TryTake(out var free) ? free : new TemmlEngine(_script.Value);
        try
        {
            var (mathMl, error) = engine.Render(tex, display);
            return (mathMl is null ? null : MathMarkup.Clean(mathMl), error is null ? null : MathMarkup.Message(error));
        }
        finally
        {
            _idle.Add(engine);
            _engines.Release();
        }
    }
}
