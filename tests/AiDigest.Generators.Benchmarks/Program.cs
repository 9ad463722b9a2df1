using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(AiDigest.Generators.Benchmarks.ParserBenchmarks).Assembly).Run(args);
