using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// Where a cold generator run's time and allocations go, phase by phase, for N one-page files (the growth shape) or
/// one N-page file: each phase timed and its allocated bytes counted (all threads), the medians of several rounds
/// after a warm-up, in one process. A diagnostic for the benchmark report, beside the BenchmarkDotNet totals.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --phases [files=100] [rounds=9] [--one-file] [--types]</c>;
/// <c>--types</c> adds, per phase, the types that allocate most (sampled by <see cref="AllocationSampler"/> in one more round).
/// </remarks>
internal static class PhaseBreakdown
{
    public static void Run(string[] args)
    {
        var numbers = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToArray();
        var files = numbers.Length > 0 ? numbers[0] : 100;
        var rounds = numbers.Length > 1 ? numbers[1] : 9;
        var oneFile = args.Contains("--one-file");
        var texts = oneFile ? new[] { new MemoryText("/bench/seeds/archive.txt", Archives.OfPages(files)) } : GrowthArchives.Files(files);
        var utf8 = texts.Sum(t => System.Text.Encoding.UTF8.GetByteCount(t.GetText()!.ToString()));
        var phases = new Dictionary<string, List<(double Ms, long Bytes)>>();
        var generated = string.Empty;

        for (var round = -2; round < rounds; round++)
        {
            var inputs = Measure(phases, round, "input (identity, storage decision)", () => texts.Select(t => ArchiveInput.Read(t, null, "AiDigest.Archive." + System.IO.Path.GetFileName(t.Path), CancellationToken.None)).ToList());
            var lines = Measure(phases, round, "split into lines", () => inputs.Select(i => ArchiveText.Split(i.Text.GetText(), i.File.Encoding, CancellationToken.None)).ToList());
            var models = Measure(phases, round, "parse", () => inputs.Select((input, k) => ArchiveParser.Parse(input.File, lines[k], CancellationToken.None)).ToList());
            var dataset = Measure(phases, round, "dataset (names, ids, papers)", () => DigestDataset.Build(models));
            Measure(phases, round, "index (keys, member names, text lines)", () => DatasetIndex.Build(dataset));
            var emitted = Measure(phases, round, "emit data (index, table, decoder, members)", () => DigestDataEmitter.Emit(dataset, EmitOptions.Default));
            generated = emitted.Source;
        }

        Console.WriteLine($"{(oneFile ? "one " + files + "-page file" : files + " one-page files")}, {utf8:N0} bytes of UTF-8; medians of {rounds} rounds after 2 warm-ups");
        Console.WriteLine($"{"phase",-44} {"ms",8} {"MB allocated",14} {"× input",8}");
        double totalMs = 0, totalBytes = 0;
        foreach (var (phase, samples) in phases)
        {
            var ms = samples.Select(s => s.Ms).OrderBy(x => x).ElementAt(samples.Count / 2);
            var bytes = samples.Select(s => (double)s.Bytes).OrderBy(x => x).ElementAt(samples.Count / 2);
            totalMs += ms;
            totalBytes += bytes;
            Console.WriteLine($"{phase,-44} {ms,8:F1} {bytes / 1e6,14:F1} {bytes / utf8,8:F2}");
        }
        Console.WriteLine($"{"total",-44} {totalMs,8:F1} {totalBytes / 1e6,14:F1} {totalBytes / utf8,8:F2}");
        // What the compiler redoes for the data file whenever any archive changes: the IDE parses doc comments
        // (DocumentationMode.Diagnose), a command-line build without GenerateDocumentationFile does not (None).
        double ParseMilliseconds(Microsoft.CodeAnalysis.DocumentationMode mode)
        {
            var options = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(documentationMode: mode);
            var times = Enumerable.Range(0, 7).Select(_ =>
            {
                var stopwatch = Stopwatch.StartNew();
                Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(generated, options).GetRoot();
                return stopwatch.Elapsed.TotalMilliseconds;
            }).OrderBy(x => x).ToList();
            return times[times.Count / 2];
        }
        Console.WriteLine($"generated data file: {generated.Length:N0} characters; the compiler parses it in {ParseMilliseconds(Microsoft.CodeAnalysis.DocumentationMode.Diagnose):F1} ms with doc comments (the IDE), {ParseMilliseconds(Microsoft.CodeAnalysis.DocumentationMode.None):F1} ms without (a build without GenerateDocumentationFile)");

        if (!args.Contains("--types")) return;
        using var sampler = new AllocationSampler();
        void Types<T>(string phase, Func<T> action)
        {
            sampler.Start();
            action();
            Console.WriteLine("  " + phase + ": " + string.Join(", ", sampler.Stop().Take(6).Select(t => $"{t.Type} {t.Bytes / 1e6:F1} MB")));
        }
        var inputs2 = texts.Select(t => ArchiveInput.Read(t, null, "AiDigest.Archive." + System.IO.Path.GetFileName(t.Path), CancellationToken.None)).ToList();
        List<ArchiveLines> lines2 = null!;
        List<ArchiveModel> models2 = null!;
        Types("split", () => lines2 = inputs2.Select(i => ArchiveText.Split(i.Text.GetText(), i.File.Encoding, CancellationToken.None)).ToList());
        Types("parse", () => models2 = inputs2.Select((input, k) => ArchiveParser.Parse(input.File, lines2[k], CancellationToken.None)).ToList());
        var dataset2 = DigestDataset.Build(models2);
        Types("emit", () => DigestDataEmitter.Emit(dataset2, EmitOptions.Default));
    }

    private static T Measure<T>(Dictionary<string, List<(double, long)>> phases, int round, string phase, Func<T> action)
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
            if (!phases.TryGetValue(phase, out var samples)) phases[phase] = samples = new List<(double, long)>();
            samples.Add((watch.Elapsed.TotalMilliseconds, allocated));
        }
        return result;
    }
}
