using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Tests.Generation;

/// <summary><c>Archive.Name</c>: from the <c>Name</c> metadata when valid, else from the file name; unique in the dataset.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class ArchiveNameTests
{
    private const string Archive = "#Title\n\nbody\n\n....\n";

    private const string Names = """
        using System.Linq;

        internal static class Probe
        {
            public static string Names() => string.Join("|", AiDigest.Digest.Archives.Select(a => a.Name + "=" + a.FileName));
        }
        """;

    [TestMethod]
    [DataRow("news.txt", "news")]
    [DataRow("000_8b386abc4c2cc943.txt", "_000_8b386abc4c2cc943")]
    [DataRow("page-042.v2.txt", "page_042_v2")]
    [DataRow("class.txt", "_class")]
    [DataRow("物理 图灵.txt", "物理_图灵")]
    [DataRow(".txt", "_txt")]
    [DataRow("noextension", "noextension")]
    [DataRow("news\u202Etxt.exe.txt", "newstxt_exe")]
    [DataRow("新闻 [2025] 🚀.txt", "新闻__2025____")]
    public void TheDefaultNameIsTheFileNameMadeAnIdentifier(string fileName, string expected)
    {
        Assert.AreEqual(expected, ArchiveNames.FromFileName(fileName));
        Assert.IsTrue(ArchiveNames.IsValid(expected));
    }

    [TestMethod]
    public void TheNameMetadataNamesTheArchive()
    {
        var harness = new GeneratorHarness { Consumer = Names }
            .WithArchive("/p/seeds/b.txt", Archive)
            .WithArchive("/p/data/a.txt", Archive, archiveMetadata: "true")
            .WithMetadata("/p/data/a.txt", "AiDigestArchiveName", " News ");

        var (_, output, diagnostics) = harness.Run();

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
        Assert.AreEqual("News=a.txt|b=b.txt", GeneratorHarness.Invoke(output, "Names"));
    }

    [TestMethod]
    [DataRow("2025")]
    [DataRow("my archive")]
    [DataRow("class")]
    [DataRow("a-b")]
    [DataRow("ad\u202Emin")]
    public void AnInvalidNameIsReportedAndTheDefaultUsed(string name)
    {
        var harness = new GeneratorHarness { Consumer = Names }
            .WithArchive("/p/seeds/news.txt", Archive)
            .WithMetadata("/p/seeds/news.txt", "AiDigestArchiveName", name);

        var (result, output, diagnostics) = harness.Run();

        Assert.IsNull(result.Results.Single().Exception);
        var diagnostic = diagnostics.Single();
        Assert.AreEqual("AIDG0102", diagnostic.Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.AreEqual("/p/seeds/news.txt", diagnostic.Location.GetLineSpan().Path);
        // The message quotes the name with any bidi control escaped (ad\u202Emin), as every message quoting archive text.
        StringAssert.Contains(diagnostic.GetMessage(), "'" + Text.HiddenCharacters.Reveal(name) + "'");
        StringAssert.Contains(diagnostic.GetMessage(), "'news' is used");
        Assert.AreEqual("news=news.txt", GeneratorHarness.Invoke(output, "Names"));
    }

    [TestMethod]
    public void DuplicateNamesAreMadeUniqueAndReported()
    {
        var harness = new GeneratorHarness { Consumer = Names }
            .WithArchive("/p/seeds/a.txt", Archive)
            .WithArchive("/p/seeds/b.txt", Archive)
            .WithMetadata("/p/seeds/b.txt", "AiDigestArchiveName", "a")
            .WithArchive("/q/seeds/a.txt", Archive);

        var (_, output, diagnostics) = harness.Run();

        Assert.AreEqual("a=a.txt|a_2=a.txt|a_3=b.txt", GeneratorHarness.Invoke(output, "Names"));
        CollectionAssert.AreEqual(new[] { "AIDG0103", "AIDG0103" }, diagnostics.Select(d => d.Id).ToArray());
        Assert.AreEqual(
            "Another archive is already named 'a'; 'b.txt' is named 'a_3' instead: give each archive a distinct Name",
            diagnostics.Single(d => d.Location.GetLineSpan().Path == "/p/seeds/b.txt").GetMessage());
    }

    [TestMethod]
    public void RenamingAnArchiveReparsesOnlyThatArchive()
    {
        var harness = new GeneratorHarness { Consumer = Names }
            .WithArchive("/p/seeds/a.txt", Archive)
            .WithArchive("/p/seeds/b.txt", Archive);
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(harness.CreateCompilation());

        harness.WithMetadata("/p/seeds/b.txt", "AiDigestArchiveName", "Renamed");
        driver = driver.WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider)
            .RunGeneratorsAndUpdateCompilation(harness.CreateCompilation(), out var output, out _);

        var parse = driver.GetRunResult().Results.Single().TrackedSteps[DigestGenerator.Steps.Parse];
        var reasons = parse.Select(step => step.Outputs.Single()).Where(output => output.Value is not null)
            .OrderBy(output => ((Model.ArchiveModel)output.Value).File.Path, System.StringComparer.Ordinal).Select(output => output.Reason).ToArray();
        CollectionAssert.AreEqual(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }, reasons);
        Assert.AreEqual("a=a.txt|Renamed=b.txt", GeneratorHarness.Invoke(output, "Names"));
    }
}
