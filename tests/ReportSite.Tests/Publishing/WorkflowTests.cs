using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Tests.Publishing;

/// <summary>The GitHub workflows (this repository's and the one <c>reportsite new</c> writes): linted by actionlint, and read here for what publishing relies on.</summary>
public partial class WorkflowTests
{
    private static string Workflow(string name) => Path.Combine(RepoPaths.Root, ".github", "workflows", name);

    private static YamlMappingNode Load(string name) => Parse(File.ReadAllText(Workflow(name)));

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] path) =>
        path.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        ((YamlSequenceNode)At(workflow, "jobs", job, "steps")).Children.Cast<YamlMappingNode>();

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"uses:\s*(\S+)@(\S+)(.*)")]
    private static partial Regex Uses();

    /// <summary>The workflow <c>reportsite new</c> writes into a site, written to a file for the linter.</summary>
    private static string ScaffoldedWorkflow(TempDirectory temp)
    {
        var path = temp.Combine("scaffolded-pages.yml");
        File.WriteAllText(path, ReportSite.Cli.ProjectScaffold.Files.Single(f => f.Path == ReportSite.Cli.ProjectScaffold.WorkflowPath).Text);
        return path;
    }

    [Theory]
    [InlineData("ci.yml")]
    [InlineData("pages.yml")]
    [InlineData("release.yml")]
    [InlineData("scaffolded")]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version(string name)
    {
        using var temp = new TempDirectory();
        var path = name == "scaffolded" ? ScaffoldedWorkflow(temp) : Workflow(name);
        var uses = File.ReadAllLines(path).Select(l => Uses().Match(l)).Where(m => m.Success).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, m =>
        {
            Assert.Matches("^[0-9a-f]{40}$", m.Groups[2].Value);
            Assert.Matches(@"^\s*# v\d", m.Groups[3].Value);
        });
    }

    [Fact]
    public void Ci_runs_on_pushes_and_pull_requests_tests_and_annotates_content_problems()
    {
        var ci = Load("ci.yml");
        var on = (YamlMappingNode)At(ci, "on");
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("push")));
        Assert.True(on.Children.ContainsKey(new YamlScalarNode("pull_request")));
        Assert.Equal("read", ((YamlScalarNode)At(ci, "permissions", "contents")).Value);
        var runs = Steps(ci, "test").Select(s => Value(s, "run")).OfType<string>().ToList();
        Assert.Contains(runs, r => r.Contains(".ci/run"));
        Assert.Contains(runs, r => r.Contains("check --strict --format github"));
        var uses = Steps(ci, "test").Select(s => Value(s, "uses")).OfType<string>().ToList();
        Assert.Contains(uses, u => u.StartsWith("actions/cache@"));
    }

    [Fact]
    public void Pages_publishes_main_with_least_privilege_and_the_configured_base_url()
    {
        var pages = Load("pages.yml");
        Assert.Equal(["main"], ((YamlSequenceNode)At(pages, "on", "push", "branches")).Children.Select(c => ((YamlScalarNode)c).Value));
        var permissions = (YamlMappingNode)At(pages, "permissions");
        Assert.Equal(
            new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" },
            permissions.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!));
        Assert.Equal("pages", ((YamlScalarNode)At(pages, "concurrency", "group")).Value);

        var build = Steps(pages, "build").ToList();
        var configure = build.Single(s => Value(s, "uses")?.StartsWith("actions/configure-pages@") == true);
        Assert.Equal("pages", Value(configure, "id"));
        var buildStep = build.Single(s => Value(s, "run")?.Contains("-- build") == true);
        Assert.Contains("steps.pages.outputs.base_url", ((YamlScalarNode)At(buildStep, "env", "BASE_URL")).Value);
        Assert.Contains("--base-url \"$BASE_URL/\"", Value(buildStep, "run"));
        // Edit links point at this repository and branch; "Updated" dates need the whole history, not one commit.
        Assert.Contains("--repo-url \"$REPO_URL\"", Value(buildStep, "run"));
        Assert.Equal("${{ github.server_url }}/${{ github.repository }}", ((YamlScalarNode)At(buildStep, "env", "REPO_URL")).Value);
        var checkout = build.Single(s => Value(s, "uses")?.StartsWith("actions/checkout@") == true);
        Assert.Equal("0", ((YamlScalarNode)At(checkout, "with", "fetch-depth")).Value);
        Assert.Contains(build, s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@") == true);
        // Formulas converted by the last run are restored before the build (the user cache folder on Linux).
        var formulas = build.Single(s => Value(s, "uses")?.StartsWith("actions/cache@") == true);
        Assert.Equal("~/.cache/reportsite", ((YamlScalarNode)At(formulas, "with", "path")).Value);
        Assert.True(build.IndexOf(formulas) < build.IndexOf(buildStep));
        Assert.Contains(Steps(pages, "deploy"), s => Value(s, "uses")?.StartsWith("actions/deploy-pages@") == true);
        Assert.Equal("github-pages", ((YamlScalarNode)At(pages, "jobs", "deploy", "environment", "name")).Value);
    }

    [Fact]
    public void Release_runs_on_version_tags_tests_first_and_writes_only_in_its_release_job()
    {
        var release = Load("release.yml");
        Assert.Equal(["v*"], ((YamlSequenceNode)At(release, "on", "push", "tags")).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal("read", ((YamlScalarNode)At(release, "permissions", "contents")).Value);
        Assert.Equal("write", ((YamlScalarNode)At(release, "jobs", "release", "permissions", "contents")).Value);
        Assert.Equal("test", ((YamlScalarNode)At(release, "jobs", "package", "needs")).Value);
        Assert.Contains(Steps(release, "test"), s => Value(s, "run")?.Contains(".ci/run") == true);
        var package = string.Join("\n", Steps(release, "package").Select(s => Value(s, "run")).OfType<string>());
        Assert.Contains("dotnet pack src/ReportSite.Cli", package);
        Assert.Contains("-p:Version=\"$VERSION\"", package);
        foreach (var rid in new[] { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" }) Assert.Contains(rid, package);
        Assert.Contains("PublishSingleFile=true", package);
        Assert.Contains("--self-contained true", package);
        Assert.Contains("sha256sum", package);
        var push = Steps(release, "release").Single(s => Value(s, "run")?.Contains("dotnet nuget push") == true);
        Assert.Equal("${{ secrets.NUGET_API_KEY }}", ((YamlScalarNode)At(push, "env", "NUGET_API_KEY")).Value);
        Assert.Contains("::notice::", Value(push, "run"));
    }

    [Fact]
    public void The_scaffolded_workflow_installs_the_pinned_tool_checks_then_builds_for_the_configured_base_url()
    {
        var workflow = Parse(ReportSite.Cli.ProjectScaffold.Files.Single(f => f.Path == ReportSite.Cli.ProjectScaffold.WorkflowPath).Text);
        Assert.Equal(["main"], ((YamlSequenceNode)At(workflow, "on", "push", "branches")).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal("read", ((YamlScalarNode)At(workflow, "permissions", "contents")).Value);
        var steps = Steps(workflow, "build").ToList();
        var restore = steps.FindIndex(s => Value(s, "run") == "dotnet tool restore");
        var check = steps.FindIndex(s => Value(s, "run")?.Contains("dotnet reportsite check --input input --strict --format github") == true);
        var build = steps.FindIndex(s => Value(s, "run")?.Contains("dotnet reportsite build") == true);
        Assert.True(restore >= 0 && restore < check && check < build, $"restore {restore}, check {check}, build {build}");
        Assert.Contains("steps.pages.outputs.base_url", ((YamlScalarNode)At(steps[build], "env", "BASE_URL")).Value);
        Assert.Contains("--base-url \"$BASE_URL/\"", Value(steps[build], "run"));
        Assert.DoesNotContain("src/ReportSite.Cli", ReportSite.Cli.ProjectScaffold.Files.Single(f => f.Path == ReportSite.Cli.ProjectScaffold.WorkflowPath).Text);
        Assert.Contains(Steps(workflow, "deploy"), s => Value(s, "uses")?.StartsWith("actions/deploy-pages@") == true);
    }

    [SkippableFact]
    public async Task Actionlint_finds_nothing()
    {
        var missing = TestTools.Missing(Path.Combine(TestTools.NodeModules, "actionlint", "package.json"));
        Skip.If(missing is not null, missing);
        using var temp = new TempDirectory();
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "tests/lint-workflows.mjs", ".github/workflows/ci.yml", ".github/workflows/pages.yml", ".github/workflows/release.yml", ScaffoldedWorkflow(temp) })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output + error);
        Assert.Contains("0 findings in 4 workflows", output);
    }
}
