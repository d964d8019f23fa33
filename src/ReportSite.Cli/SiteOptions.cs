using System.CommandLine;

namespace ReportSite.Cli;

/// <summary>Options that <c>build</c>, <c>check</c> and <c>serve</c> share: which site, under which base URL and repository, with or without drafts.</summary>
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

    public Option<string?> RepoUrl { get; } = new("--repo-url")
    {
        Description = "Overrides site.yaml's repo_url (pages link to their source there), e.g. https://github.com/org/reports.",
    };

    public Option<string?> RepoBranch { get; } = new("--repo-branch")
    {
        Description = "Overrides site.yaml's repo_branch, the branch the edit links open (main unless set).",
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include chapters and pages marked draft: true." };

    public void AddTo(Command command)
    {
        command.Add(Input);
        command.Add(BaseUrl);
        command.Add(RepoUrl);
        command.Add(RepoBranch);
        command.Add(Drafts);
    }

    /// <summary>Where the tool's own themes are: next to its binaries (see ReportSite.Cli.csproj).</summary>
    public static IReadOnlyList<string> BuiltInThemes => [Path.Combine(AppContext.BaseDirectory, "themes")];
}
