using System.CommandLine;

namespace ReportSite.Cli;

/// <summary>Options that <c>build</c>, <c>check</c> and <c>serve</c> share: which site, under which base URL and repository, with or without drafts, with or without the formula cache.</summary>
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

    public Option<bool> NoCache { get; } = new("--no-cache")
    {
        Description = $"Convert every formula again instead of reusing those kept in {UserCacheDirectory} (which is then left alone).",
    };

    public void AddTo(Command command)
    {
        command.Add(Input);
        command.Add(BaseUrl);
        command.Add(RepoUrl);
        command.Add(RepoBranch);
        command.Add(Drafts);
        command.Add(NoCache);
    }

    /// <summary>
    /// The cache folder of the user running the tool (XDG's <c>$XDG_CACHE_HOME</c> or <c>~/.cache</c> on
    /// Linux, <c>~/Library/Caches</c> on macOS, <c>%LOCALAPPDATA%</c> on Windows), where builds keep what
    /// later builds reuse; deleting it only makes the next build slower.
    /// </summary>
    public static string UserCacheDirectory
    {
        get
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "ReportSite", "Cache");
            if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Caches", "ReportSite");
            // XDG: a relative $XDG_CACHE_HOME is invalid and ignored.
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            return Path.Combine(xdg is { Length: > 0 } && Path.IsPathRooted(xdg) ? xdg : Path.Combine(home, ".cache"), "reportsite");
        }
    }

    /// <summary>The cache folder a command uses: the user's, unless <c>--no-cache</c>.</summary>
    public string? CacheDirectory(System.CommandLine.ParseResult parse) => parse.GetValue(NoCache) ? null : UserCacheDirectory;

    /// <summary>Where the tool's own themes are: next to its binaries (see ReportSite.Cli.csproj).</summary>
    public static IReadOnlyList<string> BuiltInThemes => [Path.Combine(AppContext.BaseDirectory, "themes")];
}
