using AiDigest.Generators.Model;
using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class ReferenceTests
{
    [TestMethod]
    public void CircledNumberEntriesWithArxivIds()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "参考文献",
            "① Shanghai AI Laboratory. Probing Scientific General Intelligence [J]. arXiv preprint arXiv:2512.16969v1, 2025.",
            "② Vaswani A, et al. Attention is all you need [C]// Advances in neural information processing systems, 2017, 30.");

        var references = article.References;
        Assert.AreEqual(2, references.Count);
        Assert.AreEqual("①", references[0].Marker);
        Assert.AreEqual("2512.16969", references[0].ArxivId);
        Assert.AreEqual(9, references[0].Line);
        Assert.IsNull(references[1].ArxivId);
        Assert.IsTrue(references[1].Text.StartsWith("Vaswani A", System.StringComparison.Ordinal));

        CollectionAssert.AreEqual(new[] { "2512.16969", null }, article.Papers.Select(p => p.ArxivId).ToArray());
        CollectionAssert.AreEqual(new[] { "Probing Scientific General Intelligence", "Attention is all you need" }, article.Papers.Select(p => p.Title).ToArray());
    }

    [TestMethod]
    public void BracketedEntries()
    {
        var article = TestArchive.Article("导语", "正文。", "参考文献", "[1] Genie 2: A large-scale foundation world model. 2024.", "[10] HunyuanVideo: A Systematic Framework. arXiv 2024.");

        CollectionAssert.AreEqual(new[] { "[1]", "[10]" }, article.References.Select(r => r.Marker).ToArray());
        Assert.AreEqual("Genie 2: A large-scale foundation world model. 2024.", article.References[0].Text);
        Assert.IsTrue(article.References.All(r => r.ArxivId is null), "'arXiv 2024' names a venue and a year, not a paper");
    }

    [TestMethod]
    public void BareUrlEntriesUnderAColonHeading()
    {
        var article = TestArchive.Article("导语", "正文。", "参考内容:", "https://fortune.com/2026/01/30/story/", "https://www.youtube.com/watch?v=zzXyPGEtseI");

        Assert.AreEqual(2, article.References.Count);
        Assert.IsNull(article.References[0].Marker);
        Assert.AreEqual("https://fortune.com/2026/01/30/story/", article.References[0].Url);
        Assert.AreEqual("参考内容", article.Sections.Single().Heading);
    }

    [TestMethod]
    public void HeadingAndUrlOnOneLine()
    {
        var article = TestArchive.Article("导语", "正文。", "参考链接:https://x.com/omarsar0/status/1917401353061818478");

        var reference = article.References.Single();
        Assert.AreEqual("https://x.com/omarsar0/status/1917401353061818478", reference.Url);
        Assert.AreEqual(7, reference.Line);
        Assert.AreEqual("参考链接", article.Sections.Single().Heading);
    }

    [TestMethod]
    public void CircledNumbersOutsideAReferenceListAreListItems()
    {
        var article = TestArchive.Article("导语", "1、独立开发者 Simon Willison 的文章。", "① Django 是一个基于 Python 的高级 Web 应用框架。");

        Assert.AreEqual(0, article.References.Count);
        Assert.AreEqual(ElementKind.NumberedItem, article.ElementAt(7).Kind);
    }

    [TestMethod]
    public void AnEntryWrappedOntoASecondLineStaysOneEntry()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "参考文献",
            "[1] A very long citation that the scraper",
            "wrapped onto the next line. arXiv:2505.02835",
            "[2] Second entry.",
            "正文在参考文献之后。");

        CollectionAssert.AreEqual(new[] { "[1]", "[2]" }, article.References.Select(r => r.Marker).ToArray());
        Assert.AreEqual("A very long citation that the scraper wrapped onto the next line. arXiv:2505.02835", article.References[0].Text);
        Assert.AreEqual("2505.02835", article.References[0].ArxivId);
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(15).Kind, "the list ends at the first line no entry follows");
    }

    [TestMethod]
    [DataRow("Reference")]
    [DataRow("References:")]
    [DataRow("参考资料\uFF1A")]
    [DataRow("Bibliography")]
    public void BulletedEntriesAndBareUrlsEndingInANoBreakSpaceUnderAnyReferenceHeading(string heading)
    {
        var article = TestArchive.Article(
            "导语", "正文。", heading,
            "- Carleo G, Troyer M. Solving the quantum many-body problem with artificial neural networks [J]. Science, 2017, 355: 602-606.",
            "\u2022 https://github.com/netket/netket",
            "https://arxiv.org/abs/2502.03387\u00A0");

        CollectionAssert.AreEqual(new[] { 9, 11, 13 }, article.References.Select(r => r.Line).ToArray());
        Assert.IsTrue(article.References.All(r => r.Marker is null), "a bullet lists an entry, it numbers nothing");
        Assert.AreEqual("https://github.com/netket/netket", article.References[1].Url);
        Assert.AreEqual("https://arxiv.org/abs/2502.03387", article.References[2].Url);
        Assert.AreEqual("2502.03387", article.References[2].ArxivId);
        CollectionAssert.AreEqual(
            new[] { "Solving the quantum many-body problem with artificial neural networks", null },
            article.Papers.Select(p => p.Title).ToArray(),
            "an entry that only links a repository is a reference, not a paper");
        Assert.AreEqual(0, TestArchive.Parse("#A", "", "导语", "", heading, "", "- A", "", "- B", "....").Diagnostics.Count, "bullets are not numbered");
    }

    [TestMethod]
    public void EnglishReadingListsAndEntriesThatNameTheirLink()
    {
        var article = TestArchive.Article(
            "导语", "正文。", "Further reading:",
            "[1] Muon is Scalable for LLM Training https://arxiv.org/abs/2502.16982",
            "[2] Kimi K2 官方博客 https://moonshotai.github.io/Kimi-K2/");

        Assert.AreEqual(2, article.References.Count);
        Assert.AreEqual("Further reading", article.Sections.Single().Heading);
        Assert.AreEqual("Muon is Scalable for LLM Training", article.Papers.Single().Title);
        Assert.AreEqual("2502.16982", article.Papers.Single().ArxivId);
    }
}
