using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class ArticleBoundaryTests
{
    [TestMethod]
    public void HeaderArticlesAndFooterAreRecognised()
    {
        var archive = TestArchive.Parse(
            "我自己的原文哦~     https://blog.example.com/page/1",
            "",
            "#First",
            "",
            "Lede one",
            "",
            "....",
            "",
            "#Second",
            "Body",
            "....",
            "",
            "Logo",
            "",
            "更多推荐");

        Assert.AreEqual("https://blog.example.com/page/1", archive.SourceUrl);
        Assert.AreEqual(ElementKind.Header, archive.Prologue.Single().Kind);
        CollectionAssert.AreEqual(new[] { "First", "Second" }, archive.Articles.Select(a => a.Title).ToArray());
        Assert.AreEqual(3, archive.Articles[0].Line);
        Assert.AreEqual(7, archive.Articles[0].EndLine);
        Assert.AreEqual(9, archive.Articles[1].Line);
        Assert.AreEqual(11, archive.Articles[1].EndLine);
        var footer = archive.Epilogue.Single();
        Assert.AreEqual(ElementKind.Footer, footer.Kind);
        Assert.AreEqual(13, footer.Line);
        Assert.AreEqual(15, footer.EndLine);
        Assert.AreEqual(0, archive.Diagnostics.Count);
    }

    [TestMethod]
    public void HashSpaceInsideAnArticleIsBodyText()
    {
        var archive = TestArchive.Parse(
            "#Code article",
            "",
            "from qwen_agent.agents import Assistant",
            "",
            "# Define LLM",
            "llm_cfg = {",
            "    'model': 'Qwen3-30B-A3B',",
            "}",
            "",
            "....");

        var article = archive.Articles.Single();
        Assert.AreEqual(ElementKind.Code, article.ElementAt(5).Kind);
        Assert.AreEqual(ElementKind.Code, article.ElementAt(3).Kind);
        Assert.AreEqual(0, archive.Diagnostics.Count);
    }

    [TestMethod]
    public void TitlesAreTrimmedOfSpacesAndNoBreakSpaces()
    {
        var archive = TestArchive.Parse("#MobileDreamer\u00A0", "", "x", "", "....", "", "#R1-Reward \u00A0 ", "", "y", "....");

        CollectionAssert.AreEqual(new[] { "MobileDreamer", "R1-Reward" }, archive.Articles.Select(a => a.Title).ToArray());
    }

    [TestMethod]
    public void IdsAreReadableAndUnique()
    {
        var archive = TestArchive.Parse("#Continuous Thought Machine,CTM", "x", "....", "#物理图灵测试", "y", "....", "#物理图灵测试", "z", "....");

        CollectionAssert.AreEqual(
            new[] { "continuous-thought-machine-ctm", "物理图灵测试", "物理图灵测试-2" },
            archive.ArticleIds());
    }

    [TestMethod]
    public void ArticleTextIsTheBodyWithoutBlankLines()
    {
        var article = TestArchive.Article("Lede line", "Paragraph one.", "Paragraph two.");

        Assert.AreEqual("Lede line\nParagraph one.\nParagraph two.", article.Text);
    }

    [TestMethod]
    public void CrlfCrAndBomGiveTheSameModelAsLf()
    {
        var lines = new[] { "header https://example.com/", "", "#A", "", "lede", "", "一、标题", "", "text。", "....", "", "Logo" };
        var lf = Generators.Parsing.ArchiveParser.Parse("seeds/a.txt", string.Join("\n", lines));
        var crlf = Generators.Parsing.ArchiveParser.Parse("seeds/a.txt", "\uFEFF" + string.Join("\r\n", lines));
        var cr = Generators.Parsing.ArchiveParser.Parse("seeds/a.txt", string.Join("\r", lines));

        Assert.AreEqual(0, lf.Diagnostics.Count);
        Assert.AreEqual(lf.WithoutByteOffsets(), crlf.WithoutByteOffsets());
        Assert.AreEqual(lf.WithoutByteOffsets(), cr.WithoutByteOffsets());
    }

    [TestMethod]
    public void ParsingHonoursCancellation()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsExactly<System.OperationCanceledException>(() => Generators.Parsing.ArchiveParser.Parse("seeds/a.txt", TestArchive.SeedText, cancelled.Token));
    }
}
