using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Principle: a short line ending in a colon that heads content (several paragraphs, or with its parallel labels) is a heading.</summary>
[TestClass]
public sealed class ColonHeadingTests
{
    private static string[] Headings(ArticleModel article) => article.Sections.Select(s => s.Heading).ToArray();

    [TestMethod]
    public void ParallelLabelsEndingInAColonHeadTheirSections()
    {
        var article = TestArchive.Article(
            "导语。",
            "研究动机：", "Chinchilla 论文用三种方法估计计算最优的参数量。", "后来复现时发现置信区间太窄。",
            "核心方法：", "作者把拟合看成一个稳健回归问题。", "图片", "图 2：等损失曲线",
            "主要结论：", "- 置信区间更宽", "- 每个参数 20 个 token 大体成立", "作者也提醒了适用范围。");

        CollectionAssert.AreEqual(new[] { "研究动机", "核心方法", "主要结论" }, Headings(article));
        Assert.IsTrue(article.Sections.All(s => s.Level == 1));
        Assert.AreEqual("heading-colon", article.ElementAt(5).Rule);
    }

    [TestMethod]
    public void ALoneLabelOverSeveralParagraphsIsAHeading()
    {
        var article = TestArchive.Article("导语。", "研究动机：", "第一段话。", "第二段话。");

        CollectionAssert.AreEqual(new[] { "研究动机" }, Headings(article));
    }

    [TestMethod]
    public void ALabelOverAListOfLinesBackToBackIntroducesIt()
    {
        var article = RepeatedLabelTests.Raw("导语。", string.Empty, "本次圆桌嘉宾：", string.Empty, "林子涵，清华大学博士生", "周宁，基座模型团队负责人", "陈大卫，前研究员", string.Empty, "正文。");

        Assert.AreEqual(0, article.Sections.Count, string.Join("|", article.Sections.Select(s => s.Heading)));
    }

    [TestMethod]
    public void ALabelOverAPictureOrATableIntroducesIt()
    {
        var article = TestArchive.Article("导语。", "机器人为你准备燕麦早餐:", "图片", "这就是我们的现状。", "机器手也是如此:", "图片", "正文。");

        Assert.AreEqual(0, article.Sections.Count);
    }

    [TestMethod]
    public void ALabelOverOneParagraphIntroducesIt()
    {
        var article = TestArchive.Article("导语。", "研究动机：", "只有一段话。");

        Assert.AreEqual(0, article.Sections.Count);
    }

    [TestMethod]
    public void AnIntroductionWithCommasIsNoLabel()
    {
        var article = TestArchive.Article("导语。", "以下为圆桌实录，经嘉宾确认，有删节：", "第一段话。", "第二段话。");

        Assert.AreEqual(0, article.Sections.Count);
    }
}
