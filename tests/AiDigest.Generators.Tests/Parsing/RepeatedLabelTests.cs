using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Principle: a label that begins three or more lines of an article, or two labels taking turns, marks fields or speakers: never headings.</summary>
[TestClass]
public sealed class RepeatedLabelTests
{
    private static string[] Headings(ArticleModel article) => article.Sections.Select(s => s.Heading).ToArray();

    /// <summary>An article of the given lines as written (blank lines where the caller puts empty strings), under a title.</summary>
    internal static ArticleModel Raw(params string[] bodyLines) =>
        TestArchive.Parse(new[] { "#Test article", string.Empty }.Concat(bodyLines).Concat(new[] { string.Empty, "...." }).ToArray()).Articles.Single();

    [TestMethod]
    public void AHostWhoAsksOnManyLinesIsASpeakerNotAHeading()
    {
        var article = TestArchive.Article(
            "导语。",
            "主持人：苏叶，机器之心主笔",
            "01 差距到底还有多大",
            "主持人：差距还剩多少？",
            "周宁：三到六个月。",
            "主持人：所以环境会成为下一个护城河？",
            "周宁：对。",
            "02 下一步",
            "正文。");

        CollectionAssert.AreEqual(new[] { "01 差距到底还有多大", "02 下一步" }, Headings(article), string.Join("|", Headings(article)));
        Assert.AreEqual("label-repeated", article.ElementAt(5).Rule);
        Assert.AreEqual(1, article.Sections[0].Level);
    }

    [TestMethod]
    public void TwoSpeakersTakingTurnsAreADialogueEvenWithTwoLinesEach()
    {
        var article = TestArchive.Article(
            "导语。",
            "小林：先问一个问题？",
            "老周：是的",
            "小林：那模型升级呢？",
            "老周：快就行",
            "结语",
            "正文。");

        CollectionAssert.AreEqual(new[] { "结语" }, Headings(article));
    }

    [TestMethod]
    public void AFieldUnderEveryPaperIsNoHeadingAndNeitherIsTheFieldBesideIt()
    {
        var article = Raw(
            "导语。", string.Empty,
            "01 DAPO：把坑都填上", string.Empty,
            "论文标题：DAPO: An Open-Source LLM Reinforcement Learning System at Scale",
            "机构：字节跳动 Seed、清华大学 AIR",
            "论文地址：https://arxiv.org/abs/2503.14476", string.Empty,
            "一句话总结：四项改动。", string.Empty,
            "02 TokenTide：只留 2K 个 token", string.Empty,
            "机构：南京大学",
            "收录会议：ACL 2025",
            "论文地址：https://arxiv.org/pdf/2505.21034", string.Empty,
            "一句话总结：按场景切分视频。", string.Empty,
            "03 MedHalu：幻觉评测", string.Empty,
            "机构：浙江大学", string.Empty,
            "一句话总结：真实问诊对话。");

        CollectionAssert.AreEqual(new[] { "01 DAPO：把坑都填上", "02 TokenTide：只留 2K 个 token", "03 MedHalu：幻觉评测" }, Headings(article));
    }

    [TestMethod]
    public void TopicsWithSubtitlesUnderDifferentLabelsStayHeadings()
    {
        var article = TestArchive.Article(
            "导语。",
            "方法：三步走",
            "正文。",
            "实验：超过基线",
            "正文。",
            "展望：还差一两个突破",
            "正文。");

        CollectionAssert.AreEqual(new[] { "方法：三步走", "实验：超过基线", "展望：还差一两个突破" }, Headings(article));
    }

    [TestMethod]
    public void ALabelOnTwoLinesThatDoNotTakeTurnsMarksNothing()
    {
        var article = TestArchive.Article(
            "导语。",
            "方法：三步走",
            "正文。",
            "方法：再走一步",
            "正文。");

        CollectionAssert.AreEqual(new[] { "方法：三步走", "方法：再走一步" }, Headings(article));
    }

    [TestMethod]
    public void FullWidthAndAsciiColonsAreOneLabel()
    {
        var article = TestArchive.Article("导语。", "Host: Why?", "Elena Park: Because.", "Host：Really?", "Elena Park: Yes.", "Host: And then?", "Next steps", "Text.");

        CollectionAssert.AreEqual(new[] { "Next steps" }, Headings(article));
    }
}
