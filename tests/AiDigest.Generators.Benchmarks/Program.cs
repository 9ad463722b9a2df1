using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --phases [files=100] [rounds=9] [--one-file]
if (args.Length > 0 && args[0] == "--phases")
{
    AiDigest.Generators.Benchmarks.PhaseBreakdown.Run(args[1..]);
    return;
}
// dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --cache [files=100] [rounds=5]
if (args.Length > 0 && args[0] == "--cache")
{
    AiDigest.Generators.Benchmarks.CacheBreakdown.Run(args[1..]);
    return;
}
// dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --members [files=100] [rounds=9]
if (args.Length > 0 && args[0] == "--members")
{
    AiDigest.Generators.Benchmarks.MembersBreakdown.Run(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(AiDigest.Generators.Benchmarks.ParserBenchmarks).Assembly).Run(args);
