using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// What a driver does with N one-page files, run by run, as the compiler server's generator cache
/// (<c>enable-generator-cache</c>) and the IDE keep it: a cold run; the cache's next build with the files unchanged
/// and with one page added (every file a new object: <c>ReplaceAdditionalTexts</c>, as <c>CommonCompiler.RunGenerators</c>
/// does); one page added to a driver that keeps its file objects (the IDE). Each run's allocated bytes (all threads)
/// and time, medians of several rounds after a warm-up, in one process. Allocations are the deterministic figure;
/// times depend on the machine's load.
/// </summary>
/// <remarks><c>dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --cache [files=100] [rounds=5]</c></remarks>
internal static class CacheBreakdown
{
    public static void Run(string[] args)
    {
        var numbers = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToArray();
        var files = numbers.Length > 0 ? numbers[0] : 100;
        var rounds = numbers.Length > 1 ? numbers[1] : 5;
        var texts = GrowthArchives.Files(files);
        var added = GrowthArchives.Page(files + 1);
        var utf8 = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t.GetText()!.ToString()));
        var compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }") },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        GeneratorDriver NewDriver() =>
            CSharpGeneratorDriver.Create(new[] { new DigestGenerator().AsSourceGenerator() }, texts, parseOptions: null, optionsProvider: GrowthArchives.Embedded,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        // New file objects with the same texts, as the compiler makes them for every build.
        ImmutableArray<AdditionalText> Fresh(bool withAdded) =>
            texts.Select(t => (AdditionalText)new MemoryText(t.Path, t.GetText()!.ToString()))
                .Concat(withAdded ? new[] { (AdditionalText)new MemoryText(added.Path, added.GetText()!.ToString()) } : Array.Empty<AdditionalText>())
                .ToImmutableArray();

        var runs = new Dictionary<string, List<(double Ms, long Bytes)>>();
        for (var round = -1; round < rounds; round++)
        {
            var warm = Measure(runs, round, "cold run (a new driver)", () => NewDriver().RunGenerators(compilation));
            var rebuild = Fresh(withAdded: false);
            Measure(runs, round, "cache: next build, files unchanged", () => warm.ReplaceAdditionalTexts(rebuild).RunGenerators(compilation));
            var grown = Fresh(withAdded: true);
            Measure(runs, round, "cache: next build, a page added", () => warm.ReplaceAdditionalTexts(grown).RunGenerators(compilation));
            Measure(runs, round, "IDE: a page added (file objects kept)", () => warm.AddAdditionalTexts(ImmutableArray.Create(added)).RunGenerators(compilation));
        }

        Console.WriteLine($"{files} one-page files, {utf8:N0} bytes of UTF-8; medians of {rounds} rounds after a warm-up");
        Console.WriteLine($"{"run",-44} {"ms",8} {"MB allocated",14} {"× input",8}");
        foreach (var (run, samples) in runs)
        {
            var ms = samples.Select(s => s.Ms).OrderBy(x => x).ElementAt(samples.Count / 2);
            var bytes = samples.Select(s => (double)s.Bytes).OrderBy(x => x).ElementAt(samples.Count / 2);
            Console.WriteLine($"{run,-44} {ms,8:F1} {bytes / 1e6,14:F1} {bytes / utf8,8:F2}");
        }
    }

    private static T Measure<T>(Dictionary<string, List<(double, long)>> runs, int round, string run, Func<T> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (round >= 0)
        {
            if (!runs.TryGetValue(run, out var samples)) runs[run] = samples = new List<(double, long)>();
            samples.Add((watch.Elapsed.TotalMilliseconds, allocated));
        }
        return result;
    }
}
