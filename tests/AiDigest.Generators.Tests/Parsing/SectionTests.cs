using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class SectionTests
{
    private static string[] Headings(ArticleModel article) => article.Sections.Select(s => s.Level + ":" + s.Heading).ToArray();

    [TestMethod]
    public void ShortUnpunctuatedLinesBetweenProseAreHeadings()
    {
        var article = TestArchive.Article("副标题", "第一段正文,讲了一些事情。", "研究背景", "第二段正文。", "方法", "第三段正文。");

        CollectionAssert.AreEqual(new[] { "1:研究背景", "1:方法" }, Headings(article));
        var background = article.Sections[0];
        Assert.AreEqual(7, background.Line);
        Assert.AreEqual("第二段正文。", background.Text);
    }

    [TestMethod]
    public void NumberedHeadingFormsAndTheirLevels()
    {
        var article = TestArchive.Article(
            "副标题",
            "一、脑机接口困境:从专才到通才",
            "正文。",
            "1. 跨尺度时空标记化(CST)",
            "正文。",
            "二、实验亮点与分析",
            "正文。");

        CollectionAssert.AreEqual(
            new[] { "1:一、脑机接口困境:从专才到通才", "2:1. 跨尺度时空标记化(CST)", "1:二、实验亮点与分析" },
            Headings(article));
    }

    [TestMethod]
    public void TwoDigitAndDecimalNumbering()
    {
        var article = TestArchive.Article(
            "副标题",
            "01 文本草图世界模型",
            "正文。",
            "3.1 对照组 vs 实验组",
            "正文。",
            "4.1.1 私域语义锚定成功率",
            "正文。");

        CollectionAssert.AreEqual(new[] { "1:01 文本草图世界模型", "2:3.1 对照组 vs 实验组", "2:4.1.1 私域语义锚定成功率" }, Headings(article));
    }

    [TestMethod]
    public void ANumberedSentenceIsAListItemNotAHeading()
    {
        var article = TestArchive.Article(
            "副标题",
            "1. 可控性不足:主流文本驱动方法难以精确控制生成结果,在复杂场景中尤其明显,需要更多的控制手段才能解决这一问题",
            "正文。");

        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual(ElementKind.NumberedItem, article.ElementAt(5).Kind);
    }

    [TestMethod]
    public void ACaptionRightAfterAnImageIsNotAHeadingWhenTheArticleCaptionsItsImages()
    {
        var article = TestArchive.Article(
            "副标题",
            "正文。",
            "图片",
            "递归循环的通专融合技术架构(SAGE)",
            "基础模型层:知识与推理的解构",
            "正文。",
            "图片",
            "记忆解码器:面向大语言模型的记忆",
            "强化学习:连接基础层与进化层的纽带",
            "正文。");

        CollectionAssert.AreEqual(new[] { "1:基础模型层:知识与推理的解构", "1:强化学习:连接基础层与进化层的纽带" }, Headings(article));
        CollectionAssert.AreEqual(
            new[] { "递归循环的通专融合技术架构(SAGE)", "记忆解码器:面向大语言模型的记忆" },
            article.Figures.Select(f => f.Caption).ToArray());
        Assert.AreEqual(ElementKind.Caption, article.ElementAt(9).Kind);
    }

    [TestMethod]
    public void AHeadingAfterAnImageStaysAHeadingWhenTheArticleHasOtherHeadings()
    {
        var article = TestArchive.Article("副标题", "研究背景", "正文。", "图片", "方法效果", "WorldMem 通过引入记忆机制,实现了一致性。");

        CollectionAssert.AreEqual(new[] { "1:研究背景", "1:方法效果" }, Headings(article));
        Assert.IsNull(article.Figures.Single().Caption);
    }

    [TestMethod]
    public void AShortLineUnderAnImageIsItsCaptionWhenTheArticleHasNoOtherHeading()
    {
        var article = TestArchive.Article("副标题", "正文。", "图片", "Transformer 架构", "在追求持续学习这一目标上,两家公司不谋而合。");

        Assert.AreEqual(0, article.Sections.Count);
        Assert.AreEqual("Transformer 架构", article.Figures.Single().Caption);
    }

    [TestMethod]
    public void ALoneShortBulletIsASubHeading()
    {
        var article = TestArchive.Article("副标题", "实验", "正文。", "  • 长时序生成对比", "下图展示了不同消融设置下的结果。", "  • 第一点;", "  • 第二点。");

        CollectionAssert.AreEqual(new[] { "1:实验", "2:长时序生成对比" }, Headings(article));
    }

    [TestMethod]
    public void RhetoricalQuestionsAndClosingLinesAreProse()
    {
        var article = TestArchive.Article("副标题", "正文。", "那我们是怎么收集的呢?", "正文。", "你看好这些新方向的探索吗?");

        Assert.AreEqual(0, article.Sections.Count);
    }

    [TestMethod]
    public void AFlattenedTableIsOneElementAndNoHeadings()
    {
        var article = TestArchive.Article("副标题", "正文:", "指标", "实验组", "对照组", "备注", "私域语义锚定成功率", "10/10(100%)", "0/10(0%)", "对照组即便被限定网络安全,仍无法将 USS 绑定为正确实体,说明其知识并未内化为模型能力。", "结论。");

        Assert.AreEqual(0, article.Sections.Count);
        var table = article.ElementAt(7);
        Assert.AreEqual(ElementKind.Table, table.Kind);
        Assert.AreEqual(19, table.EndLine);
    }

    [TestMethod]
    public void ATableOfContentsIsOneElementAndItsEntriesMarkTheHeadings()
    {
        var article = TestArchive.Article(
            "导语。",
            "目录",
            "01. 2025 的「LLM 之年」有哪些说法?",
            "2025年有哪些 LLM 热门话题?",
            "02. 以「Reasoning & Agent」为主线,LLM 在 2025 有哪些进展?",
            "2025年「Reasoning」突破的关键在哪?",
            "2025 的「LLM 之年」有哪些说法?",
            "正文。",
            "以「Reasoning & Agent」为主线,LLM 在 2025 有哪些进展?",
            "正文。");

        var toc = article.ElementAt(5);
        Assert.AreEqual(ElementKind.TableOfContents, toc.Kind);
        Assert.AreEqual(13, toc.EndLine);
        CollectionAssert.AreEqual(
            new[] { "1:2025 的「LLM 之年」有哪些说法?", "1:以「Reasoning & Agent」为主线,LLM 在 2025 有哪些进展?" },
            Headings(article));
    }

    [TestMethod]
    public void AReferenceListHeadingIsASection()
    {
        var article = TestArchive.Article("导语", "正文。", "参考文献", "[1] Genie 2: A large-scale foundation world model. 2024.");

        CollectionAssert.AreEqual(new[] { "1:参考文献" }, Headings(article));
    }

    [TestMethod]
    public void MarkdownHeadingsAreHeadingsWithoutTheirMarks()
    {
        var article = TestArchive.Article("导语", "## 方法", "正文。", "### 细节", "正文。");

        CollectionAssert.AreEqual(new[] { "1:方法", "2:细节" }, Headings(article));
    }

    [TestMethod]
    public void AFinishedEventIsASentenceNotAHeading()
    {
        var article = TestArchive.Article("导语", "正文。", "ICCV 2023顶会共收到了8088篇投稿", "正文。", "你准备好了吗?", "正文。");

        CollectionAssert.AreEqual(new[] { "1:你准备好了吗?" }, Headings(article));
    }

    [TestMethod]
    public void ANumeralAndASpaceOrTwoDigitsAndASlashNumberParts()
    {
        var numerals = TestArchive.Article(
            "导语",
            "一 为什么路由是瓶颈",
            "正文\u3002",
            "二 三篇论文",
            "\u25A0 专家剪枝",
            "正文\u3002",
            "三 怎么看",
            "正文\u3002");
        CollectionAssert.AreEqual(new[] { "1:一 为什么路由是瓶颈", "1:二 三篇论文", "2:\u25A0 专家剪枝", "1:三 怎么看" }, Headings(numerals));

        var slashed = TestArchive.Article("导语", "01/ 基准怎么设计", "正文\u3002", "[图片]", "02/ 模型表现", "正文\u3002");
        CollectionAssert.AreEqual(new[] { "1:01/ 基准怎么设计", "1:02/ 模型表现" }, Headings(slashed));
        Assert.AreEqual(NumberingStyle.None, LineShapes.Numbering("01/2025 的新规", out _), "a date is no numbering");
    }

    [TestMethod]
    public void AHeadingMayAskWithoutItsQuestionMark()
    {
        var article = TestArchive.Article("导语", "正文\u3002", "SimPO 做了什么", "正文\u3002", "模型收到了 8088 个请求", "正文\u3002");

        CollectionAssert.AreEqual(new[] { "1:SimPO 做了什么" }, Headings(article));
    }
}
