using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using AiDigest.Generators.Input;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>The pipeline's caching, step by step: what an edit re-runs, and what it leaves alone.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class CachingTests
{
    private static readonly string ArchiveA = "#Alpha\n\nlede a\n\n研究背景\n\n正文 a。\n....";
    private static readonly string ArchiveB = "#Beta\n\nlede b\n\n正文 b。\n....";

    private static (GeneratorDriver Driver, GeneratorHarness Harness, Compilation Compilation) Warm()
    {
        var harness = new GeneratorHarness().WithArchive("/r/seeds/a.txt", ArchiveA).WithArchive("/r/seeds/b.txt", ArchiveB);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        return (driver, harness, compilation);
    }

    /// <summary>The reasons of a step's outputs; the parse step's empty slots (null, see <c>Input/ArchiveSlots.cs</c>) left out.</summary>
    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step) =>
        driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(run => run.Outputs).Where(output => output.Value is not null).Select(output => output.Reason).ToList();

    /// <summary>The archives the last run parsed (their parse step's output is not cached).</summary>
    private static IReadOnlyList<string> Parsed(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps.GetValueOrDefault(DigestGenerator.Steps.Parse, ImmutableArray<IncrementalGeneratorRunStep>.Empty).SelectMany(run => run.Outputs)
            .Where(output => output.Value is ArchiveModel && output.Reason is not IncrementalStepRunReason.Cached and not IncrementalStepRunReason.Unchanged)
            .Select(output => ((ArchiveModel)output.Value).File.FileName).OrderBy(name => name, StringComparer.Ordinal).ToList();

    /// <summary>
    /// What the compiler server's generator cache does before each build (<c>CommonCompiler.RunGenerators</c>): the
    /// cached driver gets new options and every AdditionalFile as a new object (<c>ReplaceAdditionalTexts</c>).
    /// </summary>
    private static GeneratorDriver NextBuild(GeneratorDriver driver, GeneratorHarness harness, IEnumerable<(string Path, string Text)> files) =>
        driver.ReplaceAdditionalTexts(files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text)).ToImmutableArray())
            .WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider);

    private static IReadOnlyList<IncrementalStepRunReason> OutputReasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedOutputSteps.SelectMany(pair => pair.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

    [TestMethod]
    public void EditingUnrelatedCodeLeavesEveryStepCachedAndEmitsNothingNew()
    {
        var (driver, _, compilation) = Warm();

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int x = 1; }"));
        driver = driver.RunGenerators(edited);

        Assert.IsTrue(Reasons(driver, DigestGenerator.Steps.Parse).All(r => r == IncrementalStepRunReason.Cached), string.Join(",", Reasons(driver, DigestGenerator.Steps.Parse)));
        Assert.IsTrue(Reasons(driver, DigestGenerator.Steps.Dataset).All(r => r == IncrementalStepRunReason.Cached));
        Assert.IsTrue(OutputReasons(driver).All(r => r == IncrementalStepRunReason.Cached), string.Join(",", OutputReasons(driver)));
    }

    [TestMethod]
    public void EditingOneArchiveReparsesOnlyThatArchive()
    {
        var (driver, harness, compilation) = Warm();

        var old = harness.Files.Single(f => f.Path == "/r/seeds/b.txt");
        driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText("/r/seeds/b.txt", ArchiveB.Replace("正文 b", "改过的正文 b")));
        driver = driver.RunGenerators(compilation);

        var parse = Reasons(driver, DigestGenerator.Steps.Parse);
        Assert.AreEqual(1, parse.Count(r => r == IncrementalStepRunReason.Modified), string.Join(",", parse));
        Assert.AreEqual(1, parse.Count(r => r == IncrementalStepRunReason.Cached), string.Join(",", parse));
        Assert.IsTrue(OutputReasons(driver).Contains(IncrementalStepRunReason.Modified), "the data is re-emitted");
    }

    /// <summary>The growth shape: one file per page; adding, editing or removing one page re-parses that page alone.</summary>
    [TestMethod]
    public void AddingEditingAndRemovingOnePageAmongManyReparsesOnlyThatPage()
    {
        static string Page(int n, string body = "正文") => $"#第{n}页的文章\n\n导语 {n}\n\n{body} {n}。\n....";
        var harness = new GeneratorHarness();
        for (var n = 1; n <= 12; n++) harness.WithArchive($"/r/seeds/page-{n:D3}.txt", Page(n));
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        string Data() => driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", StringComparison.Ordinal)).ToString();
        void AssertParsed(string change, IncrementalStepRunReason reason)
        {
            var parse = Reasons(driver, DigestGenerator.Steps.Parse);
            Assert.AreEqual(1, parse.Count(r => r == reason), change + ": " + string.Join(",", parse));
            Assert.AreEqual(parse.Count - 1, parse.Count(r => r == IncrementalStepRunReason.Cached), change + ": " + string.Join(",", parse));
            Assert.IsTrue(OutputReasons(driver).Contains(IncrementalStepRunReason.Modified), change + ": the data is re-emitted");
        }

        var added = new InMemoryAdditionalText("/r/seeds/page-013.txt", Page(13));
        driver = driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(added)).RunGenerators(compilation);
        AssertParsed("a page added", IncrementalStepRunReason.Modified);
        StringAssert.Contains(Data(), "第13页的文章");

        var edited = new InMemoryAdditionalText("/r/seeds/page-013.txt", Page(13, "改过的正文"));
        driver = driver.ReplaceAdditionalText(added, edited).RunGenerators(compilation);
        AssertParsed("the page edited", IncrementalStepRunReason.Modified);
        StringAssert.Contains(Data(), "改过的正文");

        var first = harness.Files.Single(f => f.Path == "/r/seeds/page-001.txt");
        driver = driver.RemoveAdditionalTexts(ImmutableArray.Create(first)).RunGenerators(compilation);
        var afterRemoval = Reasons(driver, DigestGenerator.Steps.Parse);
        Assert.AreEqual(12, afterRemoval.Count(r => r == IncrementalStepRunReason.Cached), "a page removed: " + string.Join(",", afterRemoval));
        Assert.IsFalse(afterRemoval.Any(r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified), string.Join(",", afterRemoval));
        Assert.IsFalse(Data().Contains("第1页的文章", StringComparison.Ordinal), "the removed page's article is gone");
        StringAssert.Contains(Data(), "第2页的文章");
    }

    /// <summary>
    /// Under the compiler server's generator cache every build hands the cached driver new file objects; when their
    /// number changed, Roslyn's input node marks every file added (it compares files by reference, and pairs old and
    /// new ones by position only when the count is the same). A page added at the end of the file names or in the
    /// middle, or removed, re-parses that page alone.
    /// </summary>
    [TestMethod]
    public void UnderTheGeneratorCacheAPageAddedOrRemovedReparsesThatPageAlone()
    {
        static string Page(string n) => $"#第{n}页的文章\n\n导语 {n}\n\n正文 {n}。\n....";
        var pages = Enumerable.Range(1, 12).Select(n => ($"/r/seeds/page-{n:D3}.txt", Page(n.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        var harness = new GeneratorHarness();
        foreach (var (path, text) in pages) harness.WithArchive(path, text);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        string Data() => driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", StringComparison.Ordinal)).ToString();

        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        CollectionAssert.AreEqual(Array.Empty<string>(), Parsed(driver).ToArray(), "a rebuild, files unchanged");
        Assert.IsTrue(OutputReasons(driver).All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(",", OutputReasons(driver)));

        pages.Add(("/r/seeds/page-013.txt", Page("013")));
        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        CollectionAssert.AreEqual(new[] { "page-013.txt" }, Parsed(driver).ToArray(), "a page added at the end: " + string.Join(",", Parsed(driver)));
        StringAssert.Contains(Data(), "第013页的文章");

        pages.Insert(6, ("/r/seeds/page-006a.txt", Page("006a")));
        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        // A page whose slot the new one took would move and be parsed again (about one in eight: Input/ArchiveSlots.cs); none here.
        CollectionAssert.AreEqual(new[] { "page-006a.txt" }, Parsed(driver).ToArray(), "a page added in the middle: " + string.Join(",", Parsed(driver)));
        StringAssert.Contains(Data(), "第006a页的文章");

        pages.RemoveAt(0);
        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        CollectionAssert.AreEqual(Array.Empty<string>(), Parsed(driver).ToArray(), "a page removed");
        Assert.IsFalse(Data().Contains("第001页的文章", StringComparison.Ordinal), "the removed page's article is gone");
        StringAssert.Contains(Data(), "第002页的文章");

        pages[3] = (pages[3].Item1, Page("改过的"));
        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        CollectionAssert.AreEqual(new[] { "page-005.txt" }, Parsed(driver).ToArray(), "a page edited");
    }

    /// <summary>Each archive's slot depends on the paths alone, never on the order the compiler hands the files over in.</summary>
    [TestMethod]
    public void SlotsDoNotDependOnTheOrderOfTheFiles()
    {
        var inputs = Enumerable.Range(1, 40)
            .Select(n => ArchiveInput.Read(new InMemoryAdditionalText($"/r/seeds/page-{n:D3}.txt", "#T" + n), null, null, default))
            .ToImmutableArray();
        var slots = ArchiveSlots.Of(inputs);
        var reversed = ArchiveSlots.Of(inputs.Reverse().ToImmutableArray());

        Assert.AreEqual(ArchiveSlots.SlotCount(40), slots.Length);
        Assert.AreEqual(512, slots.Length);
        CollectionAssert.AreEqual(slots.Select(s => s?.File.Path).ToArray(), reversed.Select(s => s?.File.Path).ToArray());
        Assert.AreEqual(40, slots.Count(s => s is not null));
        Assert.AreEqual(0, ArchiveSlots.Of(ImmutableArray<ArchiveInput>.Empty).Length);
    }

    /// <summary>Past an eighth of the slots the list doubles: the archives that move are parsed again, once.</summary>
    [TestMethod]
    public void CrossingAPowerOfTwoOfArchivesReparsesTheArchivesThatMoveOnce()
    {
        static string Page(int n) => $"#第{n}页的文章\n\n导语 {n}\n\n正文 {n}。\n....";
        var count = ArchiveSlots.MinimumSlots / 8;
        var pages = Enumerable.Range(1, count).Select(n => ($"/r/seeds/page-{n:D3}.txt", Page(n))).ToList();
        var harness = new GeneratorHarness();
        foreach (var (path, text) in pages) harness.WithArchive(path, text);
        var compilation = harness.CreateCompilation();
        var driver = harness.CreateDriver(trackSteps: true).RunGenerators(compilation);

        pages.Add(($"/r/seeds/page-{count + 1:D3}.txt", Page(count + 1)));
        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        var parsed = Parsed(driver);
        Assert.AreEqual(2 * ArchiveSlots.MinimumSlots, ArchiveSlots.SlotCount(count + 1));
        Assert.IsTrue(parsed.Count > 1 && parsed.Contains($"page-{count + 1:D3}.txt"), string.Join(",", parsed));

        pages.Add(($"/r/seeds/page-{count + 2:D3}.txt", Page(count + 2)));
        driver = NextBuild(driver, harness, pages).RunGenerators(compilation);
        CollectionAssert.AreEqual(new[] { $"page-{count + 2:D3}.txt" }, Parsed(driver).ToArray());
    }

    /// <summary>
    /// Between two builds the compiler server reuses the project's driver but reads every AdditionalFile afresh:
    /// new file objects with the same text must not re-parse anything or re-emit the data.
    /// </summary>
    [TestMethod]
    public void ReadingUnchangedArchivesAgainReparsesNothing()
    {
        var (driver, harness, compilation) = Warm();

        foreach (var old in harness.Files.ToList())
        {
            driver = driver.ReplaceAdditionalText(old, new InMemoryAdditionalText(old.Path, old.GetText()!.ToString()));
        }
        driver = driver.RunGenerators(compilation);

        var files = Reasons(driver, DigestGenerator.Steps.ArchiveFiles);
        Assert.IsTrue(files.All(r => r == IncrementalStepRunReason.Unchanged), "the files were read again: " + string.Join(",", files));
        var parse = Reasons(driver, DigestGenerator.Steps.Parse);
        Assert.IsTrue(parse.All(r => r == IncrementalStepRunReason.Cached), string.Join(",", parse));
        Assert.AreEqual(2, parse.Count);
        Assert.IsTrue(OutputReasons(driver).All(r => r == IncrementalStepRunReason.Cached), string.Join(",", OutputReasons(driver)));
    }

    /// <summary>
    /// The same bytes decoded under another code page (the compiler's fallback for a file that is not UTF-8 follows
    /// the project's CodePage) have the same checksum but are another text: they must be parsed again.
    /// </summary>
    [TestMethod]
    public void TheSameBytesUnderAnotherCodePageAreParsedAgain()
    {
        var (driver, harness, compilation) = Warm();
        var bytes = System.Text.Encoding.ASCII.GetBytes("#Beta\n\nlede b\n\nbody b.\n....\n");
        var old = harness.Files.Single(f => f.Path == "/r/seeds/b.txt");
        var utf8 = new BytesAdditionalText(old.Path, bytes, System.Text.Encoding.UTF8);
        driver = driver.ReplaceAdditionalText(old, utf8).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(utf8, new BytesAdditionalText(old.Path, bytes, System.Text.Encoding.Latin1)).RunGenerators(compilation);

        var parse = Reasons(driver, DigestGenerator.Steps.Parse);
        Assert.AreEqual(1, parse.Count(r => r == IncrementalStepRunReason.Modified), string.Join(",", parse));
        var diagnostics = driver.GetRunResult().Diagnostics;
        Assert.IsTrue(diagnostics.Any(d => d.Id == "AIDG0002" && d.GetMessage().Contains("iso-8859-1", StringComparison.Ordinal)), string.Join("\n", diagnostics));
    }

    /// <summary>A file whose text cannot be read is reported on the file, and the build still gets the other archives.</summary>
    [TestMethod]
    public void AnArchiveThatCannotBeReadIsReportedAndTheOthersAreGenerated()
    {
        var (driver, harness, compilation) = Warm();
        var old = harness.Files.Single(f => f.Path == "/r/seeds/b.txt");

        driver = driver.ReplaceAdditionalText(old, new UnreadableAdditionalText(old.Path)).RunGenerators(compilation);

        var result = driver.GetRunResult().Results.Single();
        Assert.IsNull(result.Exception);
        var failure = result.Diagnostics.Single(d => d.Id == "AIDG0101");
        StringAssert.Contains(failure.GetMessage(), "IOException");
        StringAssert.Contains(result.GeneratedSources.Single(s => s.HintName == "AiDigest.Data.g.cs").SourceText.ToString(), "Alpha");
    }

    private sealed class BytesAdditionalText(string path, byte[] bytes, System.Text.Encoding encoding) : AdditionalText
    {
        private readonly Microsoft.CodeAnalysis.Text.SourceText _text = Microsoft.CodeAnalysis.Text.SourceText.From(new System.IO.MemoryStream(bytes), encoding);

        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => _text;
    }

    private sealed class UnreadableAdditionalText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            throw new System.IO.IOException("the disk is gone");
    }

    [TestMethod]
    public void ChangingAnOptionReEmitsWithoutReparsing()
    {
        var (driver, harness, compilation) = Warm();

        harness.WithProperty("AiDigestNamespace", "My.Data");
        driver = driver.WithUpdatedAnalyzerConfigOptions(harness.OptionsProvider).RunGenerators(compilation);

        var parse = Reasons(driver, DigestGenerator.Steps.Parse);
        Assert.IsTrue(parse.All(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged), string.Join(",", parse));
        Assert.IsTrue(OutputReasons(driver).Contains(IncrementalStepRunReason.Modified), "the sources are re-emitted in the new namespace");
        StringAssert.Contains(driver.GetRunResult().GeneratedTrees.First().ToString(), "namespace My.Data");
    }

    [TestMethod]
    public void ModelsAreValueEqualAcrossParses()
    {
        var first = Generators.Parsing.ArchiveParser.Parse("/r/seeds/a.txt", TestArchive.SeedText);
        var second = Generators.Parsing.ArchiveParser.Parse("/r/seeds/a.txt", new string(TestArchive.SeedText.AsSpan()));

        Assert.AreEqual(first, second);
        Assert.AreEqual(first.GetHashCode(), second.GetHashCode());
    }
}
