using System.Diagnostics;
using System.Text.RegularExpressions;
using ReportSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Tests.Publishing;

/// <summary>The GitHub workflows: linted by actionlint, and read here for what publishing relies on.</summary>
public partial class WorkflowTests
{
    private static string Workflow(string name) => Path.Combine(RepoPaths.Root, ".github", "workflows", name);

    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Workflow(name))));
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

    [Theory]
    [InlineData("ci.yml")]
    [InlineData("pages.yml")]
    public void Every_action_is_pinned_to_a_full_commit_sha_with_its_version(string name)
    {
        var uses = File.ReadAllLines(Workflow(name)).Select(l => Uses().Match(l)).Where(m => m.Success).ToList();
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

    [SkippableFact]
    public async Task Actionlint_finds_nothing()
    {
        var missing = TestTools.Missing(Path.Combine(TestTools.NodeModules, "actionlint", "package.json"));
        Skip.If(missing is not null, missing);
        var start = new ProcessStartInfo("node") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "tests/lint-workflows.mjs", ".github/workflows/ci.yml", ".github/workflows/pages.yml" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, output + error);
        Assert.Contains("0 findings in 2 workflows", output);
    }
}
