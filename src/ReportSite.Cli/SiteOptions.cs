using System.CommandLine;

namespace ReportSite.Cli;

/// <summary>Options that <c>build</c> and <c>check</c> share: which site, under which base URL, with or without drafts, with or without the formula cache.</summary>
public sealed class SiteOptions
{
    public Option<string> Input { get; } = new("--input", "-i")
    {
        Description = "The site folder holding site.yaml, reports/ and pages/.",
        DefaultValueFactory = _ => "input",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "Overrides site.yaml's base_url, e.g. /my-repo/ or https://example.org/reports/.",
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include chapters and pages marked draft: true." };

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = "Convert every formula again instead of reusing those kept in the site's .reportsite/cache/ folder (which is then left alone).",
    };

    public void AddTo(Command command)
    {
        command.Add(Input);
        command.Add(BaseUrl);
        command.Add(Drafts);
        command.Add(NoCache);
    }

    /// <summary>Where the tool's own themes are: next to its binaries (see ReportSite.Cli.csproj).</summary>
    public static IReadOnlyList<string> BuiltInThemes => [Path.Combine(AppContext.BaseDirectory, "themes")];
}
