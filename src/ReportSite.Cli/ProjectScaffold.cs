using System.Reflection;

namespace ReportSite.Cli;

/// <summary>
/// What a new site needs to be published without this repository (<c>reportsite new</c>, refreshed by
/// <c>reportsite new --update</c>): a tool manifest pinning this version of the tool, so
/// <c>dotnet tool restore</c> installs it on an editor's machine and in CI, and a GitHub Pages workflow
/// that restores it, checks the site and publishes it.
/// </summary>
public static class ProjectScaffold
{
    public const string ManifestPath = ".config/dotnet-tools.json";
    public const string WorkflowPath = ".github/workflows/pages.yml";

    /// <summary>The NuGet package the tool is published as (the manifest names it in lower case).</summary>
    public const string PackageId = "ReportSite.Cli";

    /// <summary>This tool's version, without the commit it was built from ("0.1.0").</summary>
    public static string ToolVersion { get; } =
        (typeof(ProjectScaffold).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>The files <c>new --update</c> rewrites (the site's content, README and .gitignore are never touched).</summary>
    public static IReadOnlyList<(string Path, string Text)> Files { get; } =
    [
        (ManifestPath, $$"""
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "{{PackageId.ToLowerInvariant()}}": {
                  "version": "{{ToolVersion}}",
                  "commands": ["reportsite"],
                  "rollForward": false
                }
              }
            }

            """),
        (WorkflowPath, """
            # Publishes the site in input/ to GitHub Pages on every push to main (written by `reportsite new`;
            # `dotnet reportsite new --update` rewrites it for a newer ReportSite). Enable Pages once in the
            # repository's settings (Source: GitHub Actions). configure-pages gives the published URL, so a
            # project site under /<repo>/ links correctly without any edit here.
            name: Pages

            on:
              push:
                branches: [main]
              workflow_dispatch:

            permissions:
              contents: read
              pages: write
              id-token: write

            concurrency:
              group: pages
              cancel-in-progress: false

            jobs:
              build:
                runs-on: ubuntu-latest
                timeout-minutes: 15
                env:
                  DOTNET_NOLOGO: "true"
                  DOTNET_CLI_TELEMETRY_OPTOUT: "true"
                steps:
                  - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
                    with:
                      persist-credentials: false
                      fetch-depth: 0 # each page's "Updated" date and sitemap lastmod come from git history

                  - uses: actions/setup-dotnet@67a3573c9a986a3f9c594539f4ab511d57bb3ce9 # v4.3.1
                    with:
                      dotnet-version: 10.0.x

                  # The ReportSite version pinned in .config/dotnet-tools.json.
                  - name: Install ReportSite
                    run: dotnet tool restore

                  - id: pages
                    uses: actions/configure-pages@983d7736d9b0ae728b81ab479565c72886d7745b # v5.0.0

                  # Broken links, missing translations and other content problems, as annotations on the files.
                  - name: Check the content
                    run: dotnet reportsite check --input input --strict --format github

                  # The PDFs are printed with the runner's Google Chrome; Chinese text needs CJK fonts, which the runner lacks.
                  - name: Install CJK fonts for the PDFs
                    run: |
                      sudo apt-get update -qq
                      sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null

                  # Formulas converted by earlier runs: a build then converts only the new ones.
                  - name: Restore converted formulas
                    uses: actions/cache@5a3ec84eff668545956fd18022155c47e93e2684 # v4.2.3
                    with:
                      path: ~/.cache/reportsite
                      key: reportsite-formulas-${{ hashFiles('input/**/*.md') }}
                      restore-keys: reportsite-formulas-

                  - name: Build the site and its PDFs
                    env:
                      BASE_URL: ${{ steps.pages.outputs.base_url }}
                      REPO_URL: ${{ github.server_url }}/${{ github.repository }}
                      REPO_BRANCH: ${{ github.ref_name }}
                    run: >-
                      dotnet reportsite build --input input --output _site
                      --base-url "$BASE_URL/" --repo-url "$REPO_URL" --repo-branch "$REPO_BRANCH"
                      --pdf --browser google-chrome

                  - uses: actions/upload-pages-artifact@56afc609e74202658d3ffba0e8f6dda462b719fa # v3.0.1
                    with:
                      path: _site

              deploy:
                needs: build
                runs-on: ubuntu-latest
                timeout-minutes: 10
                environment:
                  name: github-pages
                  url: ${{ steps.deployment.outputs.page_url }}
                steps:
                  - id: deployment
                    uses: actions/deploy-pages@d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e # v4.0.5

            """),
    ];
}
