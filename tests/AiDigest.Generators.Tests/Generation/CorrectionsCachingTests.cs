using System;
using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// Corrections files through the generator: an edit to one re-parses only the archive it corrects, an edit to
/// another archive re-parses nothing of this one, and their problems are reported in the corrections file.
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class CorrectionsCachingTests
{
    private static readonly string ArchiveA = "#Alpha\n\nlede a\n\n研究背景\n\n正文 a,这是一段足够长的正文,用来说明问题。\n\n方法\n\n正文 a 的第二段,同样足够长,用来说明方法。\n....";
    private static readonly string ArchiveB = "#Beta\n\nlede b\n\n正文 b。\n....";
    private const string CorrectionsA = "9 \"方法\" heading 2\n";

    private static (GeneratorDriver Driver, GeneratorHarness Harness, Compilation Compilation) Warm()
    {
        var harness = new GeneratorHarness()
            .WithArchive("/r/seeds/a.txt", ArchiveA)
            .WithArchive("/r/seeds/b.txt", ArchiveB)
            .WithArchive("/r/seeds/a.corrections", CorrectionsA);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        return (driver, harness, compilation);
    }

    /// <summary>The reasons of a step's outputs, the parse step's empty slots (null, see <c>Input/ArchiveSlots.cs</c>) left out.</summary>
    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(run => run.Outputs).Where(output => output.Value is not null).Select(output => output.Reason).ToList();

    /// <summary>Each parsed archive's file name and why its parse ran, in file-name order (slots are ordered by a hash of the path).</summary>
    private static string Parses(GeneratorDriver driver) =>
        string.Join(",", driver.GetRunResult().Results.Single().TrackedSteps[DigestGenerator.Steps.Parse].SelectMany(run => run.Outputs)
            .Where(output => output.Value is ArchiveModel)
            .Select(output => ((ArchiveModel)output.Value).File.FileName + " " + output.Reason)
            .OrderBy(entry => entry, StringComparer.Ordinal));

    private static string Data(GeneratorDriver driver) =>
        driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", StringComparison.Ordinal)).ToString();

    [TestMethod]
    public void EditingACorrectionsFileReparsesOnlyItsArchive()
    {
        var (driver, harness, compilation) = Warm();
        var before = Data(driver);

        var old = harness.Files.Single(f => f.Path == "/r/seeds/a.corrections");
        driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText("/r/seeds/a.corrections", "# none now\n"));
        driver = driver.RunGenerators(compilation);

        Assert.AreEqual("a.txt Modified,b.txt Cached", Parses(driver), "a.txt re-parsed, b.txt not");
        Assert.AreNotEqual(before, Data(driver), "the data follows the corrections");
    }

    [TestMethod]
    public void EditingAnotherArchiveReparsesNothingOfTheCorrectedOne()
    {
        var (driver, harness, compilation) = Warm();

        var old = harness.Files.Single(f => f.Path == "/r/seeds/b.txt");
        driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText("/r/seeds/b.txt", ArchiveB.Replace("正文 b", "改过的正文 b")));
        driver = driver.RunGenerators(compilation);

        Assert.AreEqual("a.txt Cached,b.txt Modified", Parses(driver));
    }

    [TestMethod]
    public void ReadingAnUnchangedCorrectionsFileAgainReparsesNothing()
    {
        var (driver, harness, compilation) = Warm();

        var old = harness.Files.Single(f => f.Path == "/r/seeds/a.corrections");
        driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText("/r/seeds/a.corrections", new string(CorrectionsA.AsSpan())));
        driver = driver.RunGenerators(compilation);

        Assert.IsTrue(Reasons(driver, DigestGenerator.Steps.Parse).All(r => r == IncrementalStepRunReason.Cached), string.Join(",", Reasons(driver, DigestGenerator.Steps.Parse)));
    }

    [TestMethod]
    public void ProblemsAreReportedInTheCorrectionsFileAtTheirLineAndColumn()
    {
        var harness = new GeneratorHarness()
            .WithArchive("/r/seeds/a.txt", ArchiveA)
            .WithArchive("/r/pages/a.fixes", "# first\n9 \"方法\" title 2\n99 \"x\" paragraph\n5 \"研究背景\" heading 1\n9 \"研究方法\" heading 2\n")
            .WithMetadata("/r/pages/a.fixes", "AiDigestCorrections", "true");
        var (_, output, diagnostics) = harness.Run();
        var located = diagnostics.Where(d => d.Id.StartsWith("AIDG03", StringComparison.Ordinal))
            .Select(d => d.Id + " " + d.Location.GetLineSpan().Path + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + ") " + d.DefaultSeverity)
            .ToList();
        CollectionAssert.AreEqual(
            new[]
            {
                "AIDG0303 /r/pages/a.fixes(2,8) Warning",
                "AIDG0302 /r/pages/a.fixes(3,1) Warning",
                "AIDG0305 /r/pages/a.fixes(4,10) Info",
                "AIDG0301 /r/pages/a.fixes(5,4) Warning",
            },
            located,
            string.Join("\n", located));
        Assert.AreEqual(0, output.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error), "the build goes on");
    }
}
