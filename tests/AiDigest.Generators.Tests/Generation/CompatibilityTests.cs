using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// The generated code compiled the way consumers compile it: against real reference assemblies of each target
/// framework, for every C# version from 7.3 up, nullable on and off, every warning (all warning waves, missing XML
/// docs included) an error. The probe is written in C# 7.3 so that it compiles in every cell.
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class CompatibilityTests
{
    /// <summary>Queries a consumer on any language version can write; <c>Summary</c> touches every generated type.</summary>
    private const string Probe = """
        using System.Linq;
        using AiDigest;

        internal static class Probe
        {
            public static string Titles() { return string.Join("|", Digest.Articles.Select(a => a.Title)); }

            public static string Summary()
            {
                Archive archive = Digest.Archives.Single();
                Article worldMem = Digest.Articles.Single(a => a.Title == "WorldMem");
                Section first = worldMem.Sections.First();
                Paper paper = Digest.Papers.First(p => p.CodeUrl != null);
                Reference reference = Digest.Articles.SelectMany(a => a.References).First();
                Link github = Digest.Links.First(l => l.Kind == LinkKind.GitHub);
                Figure figure = Digest.Articles.SelectMany(a => a.Figures).First();
                return string.Join("|", new[]
                {
                    archive.Name, archive.FileName, archive.Articles.Count.ToString(),
                    first.Heading, paper.Title, paper.Articles.First().Title,
                    reference.Marker, github.Repository, figure.Line.ToString(),
                    worldMem.VideoDurations.FirstOrDefault() ?? "none",
                });
            }
        }
        """;

    [TestMethod]
    [DataRow(TargetReferences.NetStandard20, "7.3", false)]
    [DataRow(TargetReferences.NetStandard20, "7.3", true)]
    [DataRow(TargetReferences.NetStandard20, "8", false)]
    [DataRow(TargetReferences.NetStandard20, "8", true)]
    [DataRow(TargetReferences.NetStandard20, "9", false)]
    [DataRow(TargetReferences.NetStandard20, "9", true)]
    [DataRow(TargetReferences.NetStandard20, "latest", false)]
    [DataRow(TargetReferences.NetStandard20, "latest", true)]
    [DataRow(TargetReferences.Net80, "7.3", false)]
    [DataRow(TargetReferences.Net472, "7.3", false)]
    [DataRow(TargetReferences.Net472, "6", false)]
    [DataRow(TargetReferences.Net80, "9", true)]
    [DataRow(TargetReferences.Net80, "latest", true)]
    [DataRow(TargetReferences.Net100, "7.3", false)]
    [DataRow(TargetReferences.Net100, "7.3", true)]
    [DataRow(TargetReferences.Net100, "8", false)]
    [DataRow(TargetReferences.Net100, "8", true)]
    [DataRow(TargetReferences.Net100, "9", false)]
    [DataRow(TargetReferences.Net100, "9", true)]
    [DataRow(TargetReferences.Net100, "latest", false)]
    [DataRow(TargetReferences.Net100, "latest", true)]
    public void GeneratedCodeCompilesWithoutWarnings(TargetReferences references, string languageVersion, bool nullable)
    {
        foreach (var accessibility in new[] { "internal", "public" })
        {
            var harness = Consumer(references, languageVersion, nullable).WithProperty("AiDigestAccessibility", accessibility);

            var (result, output, generatorDiagnostics) = harness.Run();

            var cell = references + ", C# " + languageVersion + ", nullable " + (nullable ? "enable" : "disable") + ", " + accessibility;
            Assert.AreEqual(0, generatorDiagnostics.Length, cell + "\n" + string.Join("\n", generatorDiagnostics));
            Assert.IsNull(result.Results.Single().Exception, cell);
            var problems = ProblemsOfTheGeneratedCode(output, languageVersion, nullable);
            Assert.AreEqual(0, problems.Count, cell + "\n" + string.Join("\n", problems.Take(20)));
        }
    }

    [TestMethod]
    [DataRow("7.3", false)]
    [DataRow("8", true)]
    [DataRow("9", false)]
    [DataRow("9", true)]
    [DataRow("latest", false)]
    [DataRow("latest", true)]
    public void TheDatasetIsUsableOnEveryLanguageVersion(string languageVersion, bool nullable)
    {
        var (_, output, _) = Consumer(TargetReferences.Net100, languageVersion, nullable).Run();

        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count, string.Join("\n", GeneratorHarness.CompileProblems(output).Take(20)));
        Assert.AreEqual(
            "_000_8b386abc4c2cc943|000_8b386abc4c2cc943.txt|27|研究背景"
            + "|Trustworthy Evaluation of Robotic Manipulation: A New Benchmark and AutoEval Methods"
            + "|Trustworthy Evaluation of Robotic Manipulation: A New Benchmark and AutoEval Methods"
            + "|①|LogSSim/TERM-Bench|9|00:09",
            GeneratorHarness.Invoke(output, "Summary"));
        StringAssert.Contains(GeneratorHarness.Invoke(output, "Titles"), "WorldMem|CineMaster");
    }

    [TestMethod]
    [DataRow("7.3", "class")]
    [DataRow("8", "class")]
    [DataRow("9", "record")]
    [DataRow("latest", "record")]
    public void TypesAreRecordsWhereTheLanguageHasThemAndClassesBelow(string languageVersion, string keyword)
    {
        var (result, _, _) = Consumer(TargetReferences.Net100, languageVersion, nullable: false).Run();

        var types = result.GeneratedTrees.Single(t => t.FilePath.EndsWith(".Types.g.cs", System.StringComparison.Ordinal)).ToString();
        StringAssert.Contains(types, "internal sealed partial " + keyword + " Article");
        Assert.AreEqual(languageVersion != "7.3", types.Contains("#nullable enable\n"), "#nullable enable only where the language has it");
        StringAssert.Contains(types, "[global::System.CodeDom.Compiler.GeneratedCode(\"AiDigest.Generators\"");
        StringAssert.Contains(types, "[global::System.Diagnostics.DebuggerDisplay(");
        StringAssert.Contains(types, "[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
    }

    [TestMethod]
    [DataRow("5")]
    [DataRow("3")]
    public void BelowCSharp6OneErrorNamesTheVersionNeededAndNothingIsGenerated(string languageVersion)
    {
        var harness = Consumer(TargetReferences.Net472, languageVersion, nullable: false);
        harness.Consumer = "internal static class Probe { }";

        var (result, output, diagnostics) = harness.Run();

        Assert.IsNull(result.Results.Single().Exception);
        Assert.AreEqual(0, result.GeneratedTrees.Length, "no code the project cannot compile");
        var diagnostic = diagnostics.Single();
        Assert.AreEqual("AIDG0104", diagnostic.Id);
        Assert.AreEqual(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.AreEqual(
            "The generated dataset needs C# 6 or later but the project compiles with C# " + languageVersion + "; set <LangVersion> to 6 or later (nothing was generated)",
            diagnostic.GetMessage());
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count, string.Join("\n", GeneratorHarness.CompileProblems(output)));
    }

    private static GeneratorHarness Consumer(TargetReferences references, string languageVersion, bool nullable)
    {
        Assert.IsTrue(LanguageVersionFacts.TryParse(languageVersion, out var version), languageVersion);
        var harness = new GeneratorHarness
        {
            References = references,
            LanguageVersion = version,
            Nullable = nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
            Consumer = Probe,
            DocumentationMode = DocumentationMode.Diagnose,
        };
        return harness.WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);
    }

    /// <summary>
    /// Every warning and error of the compilation, except CS8630 in the one cell where the consumer's own project
    /// is invalid (nullable enabled on C# 7.3, which MSBuild rejects the same way before any code is compiled).
    /// </summary>
    private static List<Diagnostic> ProblemsOfTheGeneratedCode(Compilation output, string languageVersion, bool nullable)
    {
        var problems = GeneratorHarness.CompileProblems(output).ToList();
        if (languageVersion == "7.3" && nullable)
        {
            Assert.IsTrue(problems.Any(d => d.Id == "CS8630"), "C# 7.3 with nullable enabled is reported as the project's error");
            problems.RemoveAll(d => d.Id == "CS8630");
        }
        return problems;
    }
}
