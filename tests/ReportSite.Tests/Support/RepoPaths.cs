namespace ReportSite.Tests.Support;

/// <summary>Locates the repository's folders from the test's working directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ExampleInput => Path.Combine(Root, "input");
    public static string Themes => Path.Combine(Root, "themes");
    public static string Fixtures => Path.Combine(Root, "tests", "ReportSite.Tests", "Fixtures");
    public static string Golden => Path.Combine(Root, "tests", "ReportSite.Tests", "Golden");

    /// <summary>tests/fidelity: the real-docs corpus and the constructs site the fidelity tests build.</summary>
    public static string Fidelity => Path.Combine(Root, "tests", "fidelity");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ReportSite.sln"))) return dir.FullName;
        throw new InvalidOperationException("ReportSite.sln not found above " + AppContext.BaseDirectory);
    }
}
