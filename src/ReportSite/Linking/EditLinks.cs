namespace ReportSite.Linking;

/// <summary>
/// The "edit this page" address of each source file in the site's repository (site.yaml's
/// <c>repo_url</c> and <c>repo_branch</c>): the file's path in the repository is the input folder's
/// place there (from git) and the file's path in the input folder. Hosts differ in the edit path:
/// GitLab's <c>/-/edit/</c>, Gitea's and Forgejo's (Codeberg's) <c>/_edit/</c>, and GitHub's <c>/edit/</c>
/// for any other host (GitHub Enterprise has its own host names).
/// </summary>
/// <param name="repoUrl">The repository's web address, without a trailing slash.</param>
/// <param name="branch">The branch to edit.</param>
/// <param name="folder">The input folder's path in the repository with a trailing slash, or empty.</param>
public sealed class EditLinks(string repoUrl, string branch, string folder)
{
    private readonly string _prefix = repoUrl + EditPath(new Uri(repoUrl).Host) + Escape(branch) + "/" + Escape(folder);

    /// <summary>The address that opens <paramref name="inputPath"/> (e.g. <c>reports/r/zh/01-intro.md</c>) in the host's editor.</summary>
    public string For(string inputPath) => _prefix + Escape(inputPath);

    private static string EditPath(string host) =>
        host.Contains("gitlab", StringComparison.OrdinalIgnoreCase) ? "/-/edit/"
        : host.Equals("codeberg.org", StringComparison.OrdinalIgnoreCase) || host.Contains("gitea", StringComparison.OrdinalIgnoreCase)
            || host.Contains("forgejo", StringComparison.OrdinalIgnoreCase) ? "/_edit/"
        : "/edit/";

    /// <summary>Each segment of a path escaped (Chinese file names, spaces), its slashes kept.</summary>
    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
