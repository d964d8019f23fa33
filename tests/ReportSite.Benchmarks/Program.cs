using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/ReportSite.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
