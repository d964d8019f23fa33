using Jint;
using Jint.Native;
using Jint.Runtime;

namespace ReportSite.Markdown.Mathematics;

/// <summary>
/// One Jint engine with Temml loaded (<c>Temml/README.md</c>): TeX in, MathML out. Jint engines are
/// not thread-safe, so a MathTypesetter lends each to one thread at a time.
/// </summary>
internal sealed class TemmlEngine
{
    private readonly Engine _engine;
    private readonly JsValue _render;

    public TemmlEngine(Prepared<Acornima.Ast.Script> temml)
    {
        // Temml bounds macro expansion itself (maxExpand); the limits here only stop a runaway script.
        _engine = new Engine(options => options.LimitRecursion(4096).TimeoutInterval(TimeSpan.FromSeconds(10)));
        _engine.Execute(temml);
        _render = _engine.Evaluate(
            "(function (tex, display) { return temml.renderToString(tex, { displayMode: display, throwOnError: true, annotate: true, xml: false }); })");
    }

    /// <summary>The script every engine runs, parsed once per build.</summary>
    public static Prepared<Acornima.Ast.Script> Prepare()
    {
        using var stream = typeof(TemmlEngine).Assembly.GetManifestResourceStream("ReportSite.Temml.js")
            ?? throw new InvalidOperationException("The embedded Temml script is missing from the assembly.");
        using var reader = new StreamReader(stream);
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
}
