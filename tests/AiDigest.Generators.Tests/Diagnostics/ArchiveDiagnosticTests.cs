using System.Collections.Immutable;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Diagnostics;

/// <summary>One test per archive diagnostic: id, severity, the exact line and column in the archive, and what was recovered.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class ArchiveDiagnosticTests
{
    private const string Path = "/repo/seeds/bad.txt";

    /// <summary>Runs the generator over one archive; the generated code must still compile.</summary>
    private static (ImmutableArray<Diagnostic> Diagnostics, ArchiveModel Model) Run(string archive)
    {
        var (result, output, diagnostics) = new GeneratorHarness().WithArchive(Path, archive).Run();
        Assert.IsNull(result.Results.Single().Exception);
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        return (diagnostics, ArchiveParser.Parse(Path, archive));
    }

    /// <summary>Asserts the single diagnostic with this id: a warning by default, at 1-based line and column of the archive.</summary>
    private static Diagnostic AssertAt(ImmutableArray<Diagnostic> diagnostics, string id, int line, int column)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.AreEqual(1, matching.Count, $"{id} in: {string.Join("; ", diagnostics)}");
        var diagnostic = matching[0];
        var span = diagnostic.Location.GetLineSpan();
        Assert.AreEqual(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.AreEqual(Path, span.Path);
        Assert.AreEqual((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1), diagnostic.ToString());
        return diagnostic;
    }

    [TestMethod]
    public void AIDG0001_EmptyArchiveOrNoArticle()
    {
        var (empty, emptyModel) = Run(string.Empty);
        AssertAt(empty, "AIDG0001", 1, 1);
        Assert.AreEqual(0, emptyModel.Articles.Count);

        var (noArticle, model) = Run("just a note\n\nand another line");
        AssertAt(noArticle, "AIDG0001", 1, 1);
        Assert.AreEqual(2, model.Prologue.Count, "the text is kept as stray elements");
    }

    [TestMethod]
    public void AIDG0002_InvalidUtf8AndControlCharacters()
    {
        var (diagnostics, model) = Run("header https://example.com/\n#A\n\n坏\uFFFD字\n\nnul\0here\n....");

        var invalid = diagnostics.Where(d => d.Id == "AIDG0002").ToList();
        CollectionAssert.AreEqual(
            new[] { (4, 2), (6, 4) },
            invalid.Select(d => d.Location.GetLineSpan().StartLinePosition).Select(p => (p.Line + 1, p.Character + 1)).ToList());
        StringAssert.StartsWith(invalid[0].GetMessage(), "The line contains U+FFFD, which stands for bytes that were not valid UTF-8; if the archive is in a legacy encoding");
        StringAssert.Contains(invalid[0].GetMessage(), "'iconv -f GB18030 -t UTF-8 page.txt > page.utf8.txt'");
        Assert.AreEqual("The line contains the control character U+0000; remove it", invalid[1].GetMessage());
        StringAssert.Contains(model.Articles.Single().Text, "坏\uFFFD字");
        StringAssert.Contains(model.Articles.Single().Text, "nul\0here");
    }

    [TestMethod]
    public void AIDG0003_TextBeforeTheFirstArticleThatIsNoHeader()
    {
        var (diagnostics, model) = Run("header https://example.com/\nstray line\n\n#A\n\nbody\n....");

        AssertAt(diagnostics, "AIDG0003", 2, 1);
        Assert.AreEqual("https://example.com/", model.SourceUrl);
        Assert.AreEqual(ElementKind.Stray, model.Prologue[1].Kind);
        Assert.AreEqual("stray line", model.Prologue[1].Text);
    }

    [TestMethod]
    public void AIDG0003_StrayTextBetweenArticles()
    {
        var (diagnostics, model) = Run("#A\n\nbody\n....\n\n这段文字不属于任何文章,也不是页眉。\n\n#B\n\nbody\n....");

        AssertAt(diagnostics, "AIDG0003", 6, 1);
        Assert.AreEqual(ElementKind.Stray, model.Articles[0].Elements.Last().Kind);
        Assert.AreEqual(2, model.Articles.Count);
    }

    [TestMethod]
    public void AIDG0004_EmptyTitle()
    {
        var (diagnostics, model) = Run("#\u00A0\n\nbody\n....");

        AssertAt(diagnostics, "AIDG0004", 1, 1);
        Assert.AreEqual(string.Empty, model.Articles.Single().Title);
        Assert.AreEqual("article-1", model.ArticleIds().Single());
    }

    [TestMethod]
    public void AIDG0005_ArticleWithoutBody()
    {
        var (diagnostics, model) = Run("#A\n\n....\n#B\n\nbody\n....");

        AssertAt(diagnostics, "AIDG0005", 1, 1);
        Assert.AreEqual(2, model.Articles.Count);
    }

    [TestMethod]
    public void AIDG0006_MissingSeparatorSplitsTheArticle()
    {
        var (diagnostics, model) = Run("#A\n\nbody a\n\n#B\n\nbody b\n....");

        AssertAt(diagnostics, "AIDG0006", 5, 1);
        CollectionAssert.AreEqual(new[] { "A", "B" }, model.Articles.Select(a => a.Title).ToArray());
        Assert.AreEqual(4, model.Articles[0].EndLine);
        Assert.AreEqual("body b", model.Articles[1].Text);
    }

    [TestMethod]
    public void AIDG0007_LastArticleNotClosed()
    {
        var (diagnostics, model) = Run("#A\n\nbody\n....\n#B\n\nlast body");

        AssertAt(diagnostics, "AIDG0007", 5, 1);
        Assert.AreEqual("last body", model.Articles[1].Text);
        Assert.AreEqual(7, model.Articles[1].EndLine);
    }

    [TestMethod]
    public void AIDG0008_TextAfterTheFooter()
    {
        var (diagnostics, model) = Run("#A\n\nbody\n....\n\nLogo\n\n更多推荐\n\n图片\n\nhttps://example.com/lost");

        AssertAt(diagnostics, "AIDG0008", 10, 1);
        Assert.AreEqual(ElementKind.Footer, model.Epilogue[0].Kind);
        CollectionAssert.AreEqual(new[] { "图片", "https://example.com/lost" }, model.Epilogue.Skip(1).Select(e => e.Text).ToArray());
    }

    [TestMethod]
    public void AIDG0009_DuplicateTitlesAreBothKept()
    {
        var (diagnostics, model) = Run("#Same\n\none\n....\n#Same\n\ntwo\n....");

        AssertAt(diagnostics, "AIDG0009", 5, 2);
        CollectionAssert.AreEqual(new[] { "same", "same-2" }, model.ArticleIds());
    }

    [TestMethod]
    public void AIDG0010_MetadataValueMissingOrNotAUrl()
    {
        var (diagnostics, model) = Run("#A\n\nlede\n\n论文标题:Some Paper\n论文地址:\n  • 代码链接: 见文末\n\nbody\n....");

        var located = diagnostics.Where(d => d.Id == "AIDG0010")
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .ToList();
        CollectionAssert.AreEqual(new[] { (6, 6), (7, 11) }, located);
        Assert.AreEqual("Some Paper", model.Articles.Single().Papers.Single().Title);
    }

    [TestMethod]
    public void AIDG0011_PaperTitleWithoutAnyLink()
    {
        var (diagnostics, model) = Run("#A\n\nlede\n\n  • 论文标题:A Lonely Title\n\nbody\n....");

        AssertAt(diagnostics, "AIDG0011", 5, 10);
        Assert.AreEqual("A Lonely Title", model.Articles.Single().Papers.Single().Title);
    }

    [TestMethod]
    public void AIDG0011_IsNotReportedForABlockOfLinksWithoutTitle()
    {
        var (diagnostics, _) = Run("#A\n\nlede\n\n代码链接: https://github.com/o/r\n模型链接: https://huggingface.co/o/r\n\nbody\n....");

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
    }

    [TestMethod]
    public void AIDG0012_InvalidArxivLinkOrId()
    {
        var (diagnostics, model) = Run("#A\n\nlede\n\n论文地址:https://arxiv.org/abs/2513.01234\n\n见 arXiv:2505.1 的讨论。\n....");

        var located = diagnostics.Where(d => d.Id == "AIDG0012")
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .ToList();
        CollectionAssert.AreEqual(new[] { (5, 6), (7, 9) }, located);
        Assert.AreEqual("https://arxiv.org/abs/2513.01234", model.Articles.Single().Links.Single().Url);
    }

    [TestMethod]
    public void AIDG0013_GitHubLinkWithoutRepository()
    {
        var (diagnostics, model) = Run("#A\n\nlede\n\n代码地址:https://github.com/someone\n\nbody\n....");

        AssertAt(diagnostics, "AIDG0013", 5, 6);
        Assert.IsNull(model.Articles.Single().Links.Single().Repository);
    }

    [TestMethod]
    public void AIDG0014_ReferenceNumberingSkipsOrRepeats()
    {
        var (skips, model) = Run("#A\n\nlede\n\n参考文献\n\n① a\n\n② b\n\n④ d\n....");
        AssertAt(skips, "AIDG0014", 11, 1);
        Assert.AreEqual(3, model.Articles.Single().References.Count);

        var (repeats, _) = Run("#A\n\nlede\n\n参考文献\n[1] a\n[2] b\n[2] c\n....");
        AssertAt(repeats, "AIDG0014", 8, 1);
    }

    [TestMethod]
    public void AIDG0015_EachBidiControlAtItsLineAndColumn()
    {
        var (diagnostics, model) = Run("#A \u202Eevil\n\nlede \u2066x\u2069 and \u200F marks \u200E, which reorder nothing\n\n\u202Bbody\u202C\n....");

        var bidi = diagnostics.Where(d => d.Id == "AIDG0015").ToList();
        CollectionAssert.AreEqual(
            new[] { (1, 4), (3, 6), (3, 8), (5, 1), (5, 6) },
            bidi.Select(d => d.Location.GetLineSpan().StartLinePosition).Select(p => (p.Line + 1, p.Character + 1)).ToList());
        Assert.IsTrue(bidi.All(d => d.DefaultSeverity == DiagnosticSeverity.Warning && d.Location.GetLineSpan().Path == Path));
        Assert.AreEqual(
            "The line contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control character that can make text display in another order than it is stored in (Trojan Source, CVE-2021-42574); remove it unless the text needs it (generated code holds it escaped)",
            bidi[0].GetMessage());
        StringAssert.Contains(bidi[1].GetMessage(), "U+2066 LEFT-TO-RIGHT ISOLATE");
        Assert.AreEqual(5, diagnostics.Length, "nothing else: " + string.Join("; ", diagnostics));
        Assert.AreEqual("A \u202Eevil", model.Articles.Single().Title, "the text is kept as it is");
    }

    [TestMethod]
    public void ValidVariantsOfTheSeedHaveNoDiagnostic()
    {
        var seed = TestArchive.SeedText;
        var longLine = "很长的一行" + new string('长', 200_000) + " https://example.com/" + new string(')', 50_000);
        var longFile = string.Concat(Enumerable.Range(0, 20).Select(i => seed.Replace("\n#", "\n#" + i + "-").Replace("Logo", "Logo" + i)));

        foreach (var (name, text) in new[]
        {
            ("crlf", seed.Replace("\n", "\r\n")),
            ("cr", seed.Replace("\n", "\r")),
            ("bom", "\uFEFF" + seed),
            ("long line", seed.Replace("\n图片\n", "\n" + longLine + "\n")),
        })
        {
            var model = ArchiveParser.Parse(Path, text);
            Assert.AreEqual(0, model.Diagnostics.Count, name + ": " + string.Join(", ", model.Diagnostics.Select(d => d.Id + "@" + (d.Span.StartLine + 1))));
            Assert.AreEqual(27, model.Articles.Count, name);
        }

        var seedModel = TestArchive.ParseSeed();
        var crlfModel = ArchiveParser.Parse("seeds/" + TestArchive.SeedFileName, "\uFEFF" + seed.Replace("\n", "\r\n"));
        Assert.AreEqual(seedModel.WithoutByteOffsets(), crlfModel.WithoutByteOffsets(), "CRLF and a BOM give the same dataset as LF");
    }

    [TestMethod]
    public void AVeryLongFileParses()
    {
        var seed = TestArchive.SeedText;
        var pages = Enumerable.Range(0, 20).Select(i => seed.Replace("\n#", "\n#" + i + "-"));
        var text = string.Join("\n", pages);

        var model = ArchiveParser.Parse(Path, text);

        Assert.AreEqual(27 * 20, model.Articles.Count);
        Assert.AreEqual(0, model.Diagnostics.Count, "each page's footer and header between pages are page furniture");
        CollectionAssert.AreEqual(RoundTripTests.NonBlankLines(text), RoundTripTests.RebuildNonBlankLines(model));
    }

    [TestMethod]
    public void AIDG0100_InvalidOptionFallsBackToTheDefault()
    {
        var (result, output, diagnostics) = new GeneratorHarness()
            .WithArchive(Path, "#A\n\nbody\n....")
            .WithProperty("AiDigestNamespace", "not a namespace")
            .WithProperty("AiDigestAccessibility", "protected")
            .Run();

        CollectionAssert.AreEquivalent(new[] { "AIDG0100", "AIDG0100" }, diagnostics.Select(d => d.Id).ToArray());
        Assert.AreEqual(Location.None, diagnostics[0].Location);
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count);
        Assert.AreEqual("A", GeneratorHarness.Invoke(output, "Titles"));
        Assert.IsNull(result.Results.Single().Exception);
    }
}
