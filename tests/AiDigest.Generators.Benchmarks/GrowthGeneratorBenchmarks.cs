using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Benchmarks;

/// <summary>
/// The generator at the growth shape: N one-page files. A cold run (a new driver: every file read, parsed and
/// emitted), and a run of a driver that has seen the N files after one page file was added, or one was edited —
/// what an IDE (or the compiler server with the generator cache) does on such a change.
/// </summary>
[MemoryDiagnoser]
public class GrowthGeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private AdditionalText[] _files = null!;
    private AdditionalText _added = null!;
    private AdditionalText _edited = null!;
    private GeneratorDriver _warm = null!;

    [Params(100)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = GrowthArchives.Files(Files);
        _added = GrowthArchives.Page(Files + 1);
        var middle = _files[Files / 2];
        _edited = GrowthArchives.Page(Files / 2 + 1, middle.GetText()!.ToString() + "\n一行新的正文。\n");
        _compilation = CSharpCompilation.Create(
            "Bench",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }") },
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    private GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(new[] { new DigestGenerator().AsSourceGenerator() }, _files, parseOptions: null, optionsProvider: GrowthArchives.Embedded,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    [Benchmark]
    public int ColdRun() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int OnePageAdded() => _warm.AddAdditionalTexts(new[] { _added }.ToImmutableArray()).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark]
    public int OnePageEdited() => _warm.ReplaceAdditionalText(_files[Files / 2], _edited).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}
