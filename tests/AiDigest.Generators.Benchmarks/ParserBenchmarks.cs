using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using BenchmarkDotNet.Attributes;

namespace AiDigest.Generators.Benchmarks;

/// <summary>The archive parser alone, on the seed (one page, 264 KB) and on 10 and 100 pages.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private string _text = string.Empty;

    [Params(1, 10, 100)]
    public int Pages { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Archives.OfPages(Pages);

    [Benchmark]
    public int Parse() => ArchiveParser.Parse("seeds/archive.txt", _text).Articles.Count;
}
