using ReportSite.Output;
using ReportSite.Tests.Support;

namespace ReportSite.Tests.Output;

/// <summary>
/// What Ctrl+C and SIGTERM do: remove the staging folder of every build running in the process. It runs
/// alone (after the parallel tests), since it would remove the staging folders of other tests' builds too.
/// </summary>
[Collection(Name)]
public class SignalCleanupTests
{
    public const string Name = "Signal cleanup, alone";

    [Fact]
    public void Removing_unfinished_builds_deletes_the_current_staging_folder()
    {
        using var temp = new TempDirectory();
        using var output = new StagedOutput(temp.Combine("_site"));
        output.WriteText("index.html", "x");

        StagedOutput.RemoveUnfinished();

        Assert.False(Directory.Exists(output.StagingDirectory));
    }
}

[CollectionDefinition(SignalCleanupTests.Name, DisableParallelization = true)]
public sealed class SignalCleanupCollection;
