using System.CommandLine;
using System.Globalization;
using ReportSite.Build;

namespace ReportSite.Cli;

/// <summary><c>reportsite build</c>: builds the site once and prints a one-line summary.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "The site folder holding site.yaml, reports/ and pages/.",
            DefaultValueFactory = _ => "input",
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the site; replaced as a whole when the build succeeds.",
            DefaultValueFactory = _ => "_site",
        };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Overrides site.yaml's base_url, e.g. /my-repo/ or https://example.org/reports/.",
        };
        var drafts = new Option<bool>("--drafts") { Description = "Include chapters and pages marked draft: true." };

        var command = new Command("build", "Build the site from Markdown and YAML into static HTML.") { input, output, baseUrl, drafts };
        command.SetAction(parse => Run(new BuildOptions
        {
            InputDirectory = parse.GetRequiredValue(input),
            OutputDirectory = parse.GetRequiredValue(output),
            BaseUrl = parse.GetValue(baseUrl),
            IncludeDrafts = parse.GetValue(drafts),
            ThemeSearchPaths = [Path.Combine(AppContext.BaseDirectory, "themes")],
        }));
        return command;
    }

    private static int Run(BuildOptions options)
    {
        var result = new SiteBuilder().Build(options);
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic.Format(DisplayPath(options.InputDirectory, diagnostic.File)));
        Console.WriteLine(Summary(result, options));
        return result.Succeeded ? 0 : 1;
    }

    private static string Summary(BuildResult result, BuildOptions options)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        var problems = $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
        if (!result.Succeeded)
            return $"Build failed: {problems}; {options.OutputDirectory} left unchanged ({seconds} s).";
        var pages = string.Join(", ", result.PagesByLanguage.Select(p => $"{p.Key} {p.Value}"));
        return $"Built {result.PagesByLanguage.Sum(p => p.Value)} pages ({pages}), {result.FilesWritten} files in {options.OutputDirectory} in {seconds} s; {problems}.";
    }

    /// <summary>A diagnostic's file relative to the working folder, so editors and terminals can open it.</summary>
    private static string DisplayPath(string inputDirectory, string file)
    {
        var full = Path.GetFullPath(Path.Combine(inputDirectory, file));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? full : relative).Replace('\\', '/');
    }

    private static string Plural(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
