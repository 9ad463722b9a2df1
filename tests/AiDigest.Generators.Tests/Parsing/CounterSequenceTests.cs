using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Principle: counters of one numbering that go up one by one are one sequence, decided together as headings or as a list.</summary>
[TestClass]
public sealed class CounterSequenceTests
{
    private static string[] Headings(ArticleModel article) => article.Sections.Select(s => s.Heading).ToArray();

    [TestMethod]
    public void CircledNumbersThatEachHeadContentAreHeadings()
    {
        var article = TestArchive.Article("导语。", "\u2460 POPE：用是非题来测幻觉", "正文。", "\u2461 VCD：视觉对比解码", "正文。", "图片", "\u2462 一篇综述", "正文。");

        CollectionAssert.AreEqual(new[] { "\u2460 POPE：用是非题来测幻觉", "\u2461 VCD：视觉对比解码", "\u2462 一篇综述" }, Headings(article));
        Assert.IsTrue(article.Sections.All(s => s.Level == 1));
        Assert.AreEqual("heading-sequence", article.ElementAt(5).Rule);
    }

    [TestMethod]
    public void CircledNumbersBackToBackAreAList()
    {
        var article = RepeatedLabelTests.Raw("导语。", string.Empty, "三点：", string.Empty, "\u2460 数据", string.Empty, "\u2461 算力", string.Empty, "\u2462 人才", string.Empty, "结语", string.Empty, "正文。");

        CollectionAssert.AreEqual(new[] { "结语" }, Headings(article));
        Assert.AreEqual(ElementKind.NumberedItem, article.ElementAt(7).Kind);
        Assert.AreEqual("list-sequence", article.ElementAt(7).Rule);
    }

    [TestMethod]
    public void CircledSentencesAreListItemsEvenWithTextBetween()
    {
        var article = TestArchive.Article(
            "导语。",
            "\u2460 Agent 的记忆到底该存什么？这篇论文对比了原始轨迹、摘要和反思三种做法，结论是摘要最好。",
            "https://arxiv.org/abs/2506.13377",
            "\u2461 多智能体辩论真的比单个模型强吗？作者在 9 个基准上复现了五种辩论方法，发现优势很小。",
            "https://arxiv.org/abs/2506.14102");

        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual(ElementKind.NumberedItem, article.ElementAt(5).Kind);
    }

    [TestMethod]
    public void RomanNumeralsHeadTheirParts()
    {
        var article = TestArchive.Article("导语。", "\u2160. 研究動機", "正文。", "\u2161. 方法", "正文。", "\u2162. 心得", "正文。");

        CollectionAssert.AreEqual(new[] { "\u2160. 研究動機", "\u2161. 方法", "\u2162. 心得" }, Headings(article));
        Assert.IsTrue(article.Sections.All(s => s.Level == 1));
    }

    [TestMethod]
    public void ASequenceRestartsAtOne()
    {
        var article = TestArchive.Article(
            "导语。",
            "\u2460 第一篇", "正文。", "\u2461 第二篇", "正文。",
            "延伸",
            "\u2460 这一条很长很长的句子是一个列表项，它讲了一件事情，并且还没有讲完，所以继续说下去。",
            "\u2461 这一条也是一个很长很长的句子，它讲了另一件事情，并且同样没有讲完，所以继续说。");

        CollectionAssert.AreEqual(new[] { "\u2460 第一篇", "\u2461 第二篇", "延伸" }, Headings(article));
    }
}
