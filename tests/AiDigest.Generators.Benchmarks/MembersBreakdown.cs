using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// What the named members cost the compiler, per member: the generator's output for N one-page files compiled
/// (parsed, bound, emitted to memory, as a command-line build without documentation file does) with the members as
/// generated, without their doc comments, declared fifty to a declaration, and without members; the difference to
/// no members divided by the number of members. Interleaved rounds, minima and medians, in one process.
/// </summary>
/// <remarks><c>dotnet run -c Release --project tests/AiDigest.Generators.Benchmarks -- --members [files=100] [rounds=9]</c></remarks>
internal static class MembersBreakdown
{
    private const string Start = "#pragma warning disable CS0649";
    private const string End = "#pragma warning restore CS0649";

    public static void Run(string[] args)
    {
        var numbers = args.Where(a => int.TryParse(a, out _)).Select(int.Parse).ToArray();
        var files = numbers.Length > 0 ? numbers[0] : 100;
        var rounds = numbers.Length > 1 ? numbers[1] : 9;
        var compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { System.Console.WriteLine(AiDigest.Digest.Articles.Count); } }") },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create(new[] { new DigestGenerator().AsSourceGenerator() }, GrowthArchives.Files(files), parseOptions: null, optionsProvider: GrowthArchives.Embedded)
            .RunGenerators(compilation);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var data = sources[DigestDataEmitterHint];
        var members = data.Split('\n').Count(line => line.TrimStart().StartsWith("public readonly global::AiDigest.", StringComparison.Ordinal));

        var variants = new (string Name, string Data)[]
        {
            ("fields, documented (as generated)", data),
            ("fields, no doc comments", Rewrite(data, documented: false, perDeclaration: 1)),
            ("fields, fifty to a declaration, no docs", Rewrite(data, documented: false, perDeclaration: 50)),
            ("no named members", Rewrite(data, documented: false, perDeclaration: 0)),
        };
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
        var times = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = -1; round < rounds; round++)
        {
            foreach (var (name, text) in variants)
            {
                var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Key == DigestDataEmitterHint ? text : s.Value, parseOptions, path: s.Key));
                var consumer = compilation.AddSyntaxTrees(trees);
                GC.Collect();
                var watch = Stopwatch.StartNew();
                var result = consumer.Emit(new MemoryStream());
                watch.Stop();
                if (!result.Success) throw new InvalidOperationException(name + ": " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                if (round >= 0) times[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"{files} one-page files, {members:N0} named members; compile (parse, bind, emit to memory), {rounds} interleaved rounds after a warm-up");
        var baseline = times["no named members"].Min();
        var baselineMedian = Median(times["no named members"]);
        Console.WriteLine($"{"declaration",-42} {"min ms",8} {"median ms",10} {"µs/member (min)",16} {"µs/member (median)",19}");
        foreach (var (name, _) in variants)
        {
            var min = times[name].Min();
            var median = Median(times[name]);
            Console.WriteLine($"{name,-42} {min,8:F0} {median,10:F0} {(min - baseline) * 1000 / members,16:F1} {(median - baselineMedian) * 1000 / members,19:F1}");
        }
    }

    private const string DigestDataEmitterHint = "AiDigest.Data.g.cs";

    private static double Median(List<double> values) => values.OrderBy(x => x).ElementAt(values.Count / 2);

    /// <summary>The data file with its named members' declarations rewritten: without doc comments, grouped, or left out (perDeclaration 0).</summary>
    private static string Rewrite(string data, bool documented, int perDeclaration)
    {
        var start = data.IndexOf(Start, StringComparison.Ordinal);
        var end = data.IndexOf(End, StringComparison.Ordinal);
        var builder = new StringBuilder(data.Length);
        builder.Append(data, 0, start);
        var pending = new List<string>();
        string? pendingType = null;
        void Flush()
        {
            if (pending.Count == 0) return;
            builder.Append("        public readonly ").Append(pendingType).Append(' ').Append(string.Join(", ", pending)).Append(";\n");
            pending.Clear();
        }
        foreach (var line in data.Substring(start, end - start).Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("///", StringComparison.Ordinal))
            {
                if (documented) builder.Append(line).Append('\n');
                continue;
            }
            if (trimmed.StartsWith("public readonly ", StringComparison.Ordinal))
            {
                if (perDeclaration == 0) continue;
                var parts = trimmed.Substring("public readonly ".Length).TrimEnd(';').Split(' ');
                if (pendingType != parts[0]) Flush();
                pendingType = parts[0];
                pending.Add(parts[1]);
                if (pending.Count >= perDeclaration) Flush();
                continue;
            }
            if (trimmed.Length == 0) continue;
            Flush();
            builder.Append(line).Append('\n');
        }
        Flush();
        builder.Append(data, end, data.Length - end);
        return builder.ToString();
    }
}
