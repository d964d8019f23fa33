using System.Text;
using BenchmarkDotNet.Attributes;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Markdown;
using ReportSite.Search;

namespace ReportSite.Benchmarks;

/// <summary>
/// The hand-written fast paths the build keeps, each against what the platform (or the plain loop)
/// does in its place, on the example site's text: a fast path stays only while it wins here
/// (docs/benchmarks.md has the numbers). Each has an oracle test that it gives the same results.
/// </summary>
[MemoryDiagnoser]
public class HandWrittenBenchmarks
{
    private string _zh = null!, _en = null!;
    private string[] _frontMatter = null!;
    private string _tokens = null!;
    private (int Start, int Length)[] _tokenSpans = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = ExampleSite.Get();
        var sections = SearchIndex.Collect(site.Site, page => SearchIndex.SectionsOf(site.Site, site.Theme, page, ExampleSite.Body(page)));
        _zh = string.Join("\n", sections.Single(l => l.Key == "zh").Value.Select(s => s.Text));
        _en = string.Join("\n", sections.Single(l => l.Key == "en").Value.Select(s => s.Text));
        var tokens = new StringBuilder();
        var spans = new List<(int, int)>();
        for (var copy = 0; copy < 20; copy++)
            foreach (var token in SearchTokenizer.Tokenize(_zh).Concat(SearchTokenizer.Tokenize(_en)))
            {
                spans.Add((tokens.Length, token.Text.Length));
                tokens.Append(token.Text);
            }
        (_tokens, _tokenSpans) = (tokens.ToString(), [.. spans]);
        _frontMatter = [.. Directory.EnumerateFiles(Path.Combine(ExampleSite.Repository(), "input"), "*.md", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(t => t.StartsWith("---\n", StringComparison.Ordinal))
            .Select(t => t[4..(t.IndexOf("\n---", 3, StringComparison.Ordinal) + 1)])];
    }

    [Benchmark(Description = "Reading length zh: TextLength (ASCII by Vector128)")]
    public TextLength ReadingLengthZh() => TextLength.Of(_zh);

    [Benchmark(Description = "Reading length zh: plain loop")]
    public TextLength ReadingLengthZhPlain() => PlainLength(_zh);

    [Benchmark(Description = "Reading length en: TextLength (ASCII by Vector128)")]
    public TextLength ReadingLengthEn() => TextLength.Of(_en);

    [Benchmark(Description = "Reading length en: plain loop")]
    public TextLength ReadingLengthEnPlain() => PlainLength(_en);

    [Benchmark(Description = "Term numbers: TermTable (open addressing)")]
    public int TermNumbers()
    {
        var table = new TermTable();
        var sum = 0;
        foreach (var (start, length) in _tokenSpans) sum += table.Id(_tokens.AsSpan(start, length));
        return sum;
    }

    [Benchmark(Description = "Term numbers: Dictionary with a span lookup")]
    public int TermNumbersDictionary()
    {
        var table = new DictionaryTermTable();
        var sum = 0;
        foreach (var (start, length) in _tokenSpans) sum += table.Id(_tokens.AsSpan(start, length));
        return sum;
    }

    [Benchmark(Description = "Front matter: SimpleFrontMatter")]
    public int FrontMatterSimple()
    {
        var read = 0;
        foreach (var yaml in _frontMatter) read += SimpleFrontMatter.TryRead(yaml) is null ? 0 : 1;
        return read;
    }

    [Benchmark(Description = "Front matter: YAML parser")]
    public int FrontMatterYaml()
    {
        var read = 0;
        foreach (var yaml in _frontMatter) read += FrontMatterParser.ReadYaml(yaml, "a.md", new DiagnosticBag()).Title is null ? 0 : 1;
        return read;
    }

    /// <summary><see cref="TextLength.Counter"/> without its ASCII vector path: one table lookup per UTF-16 unit.</summary>
    private static TextLength PlainLength(ReadOnlySpan<char> text)
    {
        var classes = CharClasses.Table;
        int cjk = 0, words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var kind = classes[text[i]];
            if (kind == CharClasses.Surrogate)
            {
                if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done) { inWord = false; continue; }
                kind = TextLength.IsCjk(rune) ? CharClasses.Cjk : Rune.IsLetterOrDigit(rune) ? CharClasses.Word : CharClasses.Other;
                i += consumed - 1;
            }
            var word = kind == CharClasses.Word;
            words += word && !inWord ? 1 : 0;
            cjk += kind == CharClasses.Cjk ? 1 : 0;
            inWord = word;
        }
        return new TextLength(cjk, words);
    }
}
