using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Sample;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// What a consumer pays at run time for the seed, against the two things it would do instead: parse the archive at
/// start-up with the same parser, or deserialise the exported JSON (System.Text.Json, source-generated context).
/// Start-up is a one-time cost, so each measurement is the first call in a fresh process (cold start, JIT included).
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class StartupBenchmarks
{
    private string _json = string.Empty;

    [GlobalSetup]
    public void Setup() => _json = File.ReadAllText(ExportFile.Path);

    [Benchmark(Baseline = true, Description = "generated dataset: first access")]
    public int GeneratedFirstAccess() => AiDigest.Digest.Articles.Count + AiDigest.Digest.Papers.Count;

    [Benchmark(Description = "parse the archive at start-up")]
    public int ParseAtStartup() => ArchiveParser.Parse("seeds/archive.txt", File.ReadAllText(Archives.SeedPath)).Articles.Count;

    [Benchmark(Description = "deserialise the exported JSON")]
    public int DeserialiseJson() => JsonSerializer.Deserialize(_json, ExportJsonContext.Default.ExportDocument)!.Archives[0].Articles.Count;
}

/// <summary>A typical query once the data is loaded: papers with code, and the headings of one article.</summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private Model.ArchiveModel _parsed = null!;
    private ExportDocument _json = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parsed = ArchiveParser.Parse("seeds/archive.txt", File.ReadAllText(Archives.SeedPath));
        _json = JsonSerializer.Deserialize(File.ReadAllText(ExportFile.Path), ExportJsonContext.Default.ExportDocument)!;
        _ = AiDigest.Digest.Articles.Count;
    }

    [Benchmark(Baseline = true, Description = "generated dataset")]
    public int Generated() =>
        AiDigest.Digest.Papers.Where(p => p.CodeUrl is not null).Select(p => p.Title).Count()
        + AiDigest.Digest.Articles.Single(a => a.Title == "WorldMem").Sections.Count(s => s.Level == 1);

    [Benchmark(Description = "parsed model")]
    public int Parsed() =>
        _parsed.Articles.SelectMany(a => a.Papers).Where(p => p.CodeUrl is not null).Select(p => p.Title).Count()
        + _parsed.Articles.Single(a => a.Title == "WorldMem").Sections.Count(s => s.Level == 1);

    [Benchmark(Description = "deserialised JSON")]
    public int Json() =>
        _json.Papers.Where(p => p.CodeUrl is not null).Select(p => p.Title).Count()
        + _json.Archives[0].Articles.Single(a => a.Title == "WorldMem").Sections.Count(s => s.Level == 1);
}

/// <summary>The seed exported as JSON by the sample's exporter, written once per process.</summary>
internal static class ExportFile
{
    private static readonly Lazy<string> File = new(() =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "aidigest-benchmark-export.json");
        System.IO.File.WriteAllText(path, DatasetExport.ToJson(DatasetExport.Create()));
        return path;
    });

    public static string Path => File.Value;
}
