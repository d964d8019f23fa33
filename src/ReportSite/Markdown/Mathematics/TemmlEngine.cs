using Jint;
using Jint.Native;
using Jint.Runtime;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// One Jint engine with Temml loaded (<c>Temml/README.md</c>): TeX in, MathML out. Jint engines are
/// not thread-safe, so a <see cref="TemmlPool"/> lends each to one thread at a time.
/// </summary>
internal sealed class TemmlEngine
{
    /// <summary>How Temml is called; part of <see cref="ConverterKey"/>, so a change here empties the formula cache.</summary>
    private const string RenderCall =
        "(function (tex, display) { return temml.renderToString(tex, { displayMode: display, throwOnError: true, annotate: true, xml: false }); })";

    private readonly Engine _engine;
    private readonly JsValue _render;

    public TemmlEngine(Prepared<Acornima.Ast.Script> temml)
    {
        // Temml bounds macro expansion itself (maxExpand); the limits here only stop a runaway script.
        _engine = new Engine(options => options.LimitRecursion(4096).TimeoutInterval(TimeSpan.FromSeconds(10)));
        _engine.Execute(temml);
        _render = _engine.Evaluate(RenderCall);
    }

    /// <summary>Names the converter's output (Temml's script and how it is called) for <see cref="FormulaCache"/>.</summary>
    public static string ConverterKey { get; } = Key();

    /// <summary>The script every engine runs, parsed once per build.</summary>
    public static Prepared<Acornima.Ast.Script> Prepare()
    {
        using var reader = new StreamReader(Script());
        return Engine.PrepareScript(reader.ReadToEnd(), "temml.min.js");
    }

    /// <summary>The MathML of <paramref name="tex"/>, or Temml's message for TeX it cannot read.</summary>
    public (string? MathMl, string? Error) Render(string tex, bool display)
    {
        try
        {
            return (_engine.Invoke(_render, tex, display).AsString(), null);
        }
        catch (JavaScriptException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is TimeoutException or RecursionDepthOverflowException)
        {
            return (null, "it takes too long to convert (macros that expand without end?)");
        }
    }

    private static string Key()
    {
        using var script = Script();
        return FormulaCache.KeyOf(script, RenderCall);
    }

    private static Stream Script() => typeof(TemmlEngine).Assembly.GetManifestResourceStream("ReportSite.Temml.js")
        ?? throw new InvalidOperationException("The embedded Temml script is missing from the assembly.");
}
