using ReportSite.Fuzz;
using SharpFuzz;

// ReportSite.Fuzz <target>                 run under afl-fuzz (see README, "Fuzzing")
// ReportSite.Fuzz <target> --replay DIR    run every file in DIR through the target once (findings, seeds)
if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: ReportSite.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [--replay DIR]");
    return 2;
}
if (args is [_, "--replay", var directory])
{
    foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
    {
        Console.WriteLine(file);
        target(File.ReadAllBytes(file));
    }
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;
