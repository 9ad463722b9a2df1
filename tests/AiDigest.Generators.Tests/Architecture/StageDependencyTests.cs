using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDigest.Generators.Tests.Support;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Architecture;

/// <summary>
/// The generator's folders are the pipeline's stages, and dependencies run one way. Every name in every source file
/// is resolved with the compiler, and a file may only use the stages its own stage sits on; the generator's wiring
/// at the root may use them all.
/// </summary>
[TestClass]
public sealed class StageDependencyTests
{
    private const string Root = "AiDigest.Generators";

    /// <summary>What each stage may use besides itself: the pipeline's order, with the foundations beneath it.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Runtime"] = [],
        ["Text"] = ["Runtime"],
        ["Model"] = ["Text"],
        ["Input"] = ["Model", "Text"],
        ["Parsing"] = ["Model", "Text", "Runtime"],
        ["Dataset"] = ["Model", "Text", "Runtime"],
        ["Emitting"] = ["Model", "Dataset", "Input", "Text", "Runtime"],
        ["Diagnostics"] = ["Model", "Text"],
        ["Analyzer"] = ["Model", "Input", "Dataset", "Emitting", "Diagnostics", "Text", "Runtime"],
        [Root] = ["Runtime", "Text", "Model", "Input", "Parsing", "Dataset", "Emitting", "Diagnostics", "Analyzer"],
    };

    private static readonly Lazy<IReadOnlyList<(string File, string Stage, string Used, string Name)>> Edges = new(FindEdges);

    [TestMethod]
    public void EveryFileIsInTheNamespaceOfItsFolder()
    {
        var misplaced = new List<string>();
        foreach (var path in SourceFiles())
        {
            var folder = Path.GetRelativePath(Repository.GeneratorSources, Path.GetDirectoryName(path)!).Replace('\\', '/');
            var expected = folder == "." ? Root : Root + "." + folder.Replace('/', '.');
            var declared = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>()
                .Select(n => n.Name.ToString()).ToList();
            if (declared.Count != 1 || declared[0] != expected && !(folder == "Model" && declared[0] == "System.Runtime.CompilerServices"))
            {
                misplaced.Add(Path.GetFileName(path) + ": " + string.Join(",", declared) + " (folder " + folder + ")");
            }
        }
        Assert.AreEqual(0, misplaced.Count, string.Join("\n", misplaced));
    }

    [TestMethod]
    public void NoStageUsesAStageThatComesAfterIt()
    {
        var backwards = Edges.Value
            .Where(edge => edge.Used != edge.Stage && !Allowed[edge.Stage].Contains(edge.Used))
            .Select(edge => edge.File + " (" + edge.Stage + ") uses " + edge.Used + "." + edge.Name)
            .Distinct()
            .ToList();
        Assert.AreEqual(0, backwards.Count, string.Join("\n", backwards));
    }

    [TestMethod]
    public void TheCheckSeesTheEdgesThatExist()
    {
        // Guards the test itself: if name resolution failed, every check above would pass vacuously.
        var found = Edges.Value.Select(edge => edge.Stage + "->" + edge.Used).ToHashSet();
        foreach (var expected in new[] { "Parsing->Model", "Emitting->Dataset", "AiDigest.Generators->Emitting", "Dataset->Runtime", "Analyzer->Emitting", "Model->Text" })
        {
            Assert.IsTrue(found.Contains(expected), expected + " not seen; seen: " + string.Join(", ", found.OrderBy(e => e)));
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(Repository.GeneratorSources, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)
                && !path.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar));

    private static IReadOnlyList<(string File, string Stage, string Used, string Name)> FindEdges()
    {
        var trees = SourceFiles().Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path)).ToList();
        var references = NetStandard20.References.All.Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(System.Collections.Immutable.ImmutableArray).Assembly.Location),
        });
        var compilation = CSharpCompilation.Create("Stages", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var edges = new List<(string, string, string, string)>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var stage = StageOf(tree.GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().First().Name.ToString());
            if (stage is null) continue;
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
                while (type?.ContainingType is not null) type = type.ContainingType;
                if (type is null) continue;
                var used = StageOf(type.ContainingNamespace.ToDisplayString());
                if (used is not null) edges.Add((Path.GetFileName(tree.FilePath), stage, used, type.Name));
            }
        }
        return edges;
    }

    private static string? StageOf(string ns) =>
        ns == Root ? Root : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns.Substring(Root.Length + 1).Split('.')[0] : null;
}
