using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// The principle of <see cref="MetadataBlocks"/>: a paper's metadata block is one block; field labels that are no
/// link keys between its title and its links (or right above its first key) belong to it, and label variants join it.
/// </summary>
[TestClass]
public sealed class MetadataBlockTests
{
    [TestMethod]
    [DataRow("\u200F:https://arxiv.org/abs/2501.00001")]
    [DataRow("\u2067：https://github.com/a/b")]
    [DataRow(":https://arxiv.org/abs/2501.00001")]
    public void ALineWhoseLabelIsNothingButInvisibleCharactersIsNoMetadata(string line)
    {
        // The generator's fuzz test found it: a label that normalises to nothing was read past its end.
        PaperMetadataLine.TryParse(line, out _);
        var archive = TestArchive.Parse("#T", "", "正文第一段，介绍一下背景。", "", line, "", "....");
        Assert.AreEqual(1, archive.Articles.Count);
        Assert.IsFalse(archive.Diagnostics.Any(d => d.Id == DiagnosticIds.GeneratorFailure));
    }

    [TestMethod]
    public void FieldLabelsBetweenTheTitleAndTheLinksDoNotSplitTheBlock()
    {
        var archive = TestArchive.Parse(
            "header https://example.com",
            "",
            "#Digest",
            "导语。",
            "01 DAPO：把 GRPO 的几个坑都填上",
            "论文标题：DAPO: An Open-Source LLM Reinforcement Learning System at Scale",
            "机构：字节跳动 Seed、清华大学 AIR",
            "收录会议：ICLR 2025",
            "论文地址：https://arxiv.org/abs/2503.14476",
            "代码：https://github.com/BytedTsinghua-SIA/DAPO",
            "一句话总结：四项改动。",
            "....");
        var article = archive.Articles.Single();

        Assert.AreEqual(0, archive.Diagnostics.Count, "no title without a link (AIDG0011)");
        var paper = article.Papers.Single();
        Assert.AreEqual("DAPO: An Open-Source LLM Reinforcement Learning System at Scale", paper.Title);
        Assert.AreEqual("2503.14476", paper.ArxivId);
        Assert.AreEqual("https://github.com/BytedTsinghua-SIA/DAPO", paper.CodeUrl);
        var block = article.ElementAt(6);
        Assert.AreEqual(ElementKind.PaperMetadata, block.Kind);
        Assert.AreEqual((6, 10, "meta-key"), (block.Line, block.EndLine, block.Rule));
        Assert.AreEqual(1, article.Sections.Count, "机构： and 收录会议： are no headings");
    }

    [TestMethod]
    public void FieldLabelsRightAboveTheKeysJoinTheBlockAndTheHeadingNamesThePaper()
    {
        var archive = TestArchive.Parse(
            "header https://example.com",
            "",
            "#ICLR",
            "导语。",
            "论文 1：Learning to Route Tokens Without Auxiliary Losses",
            "",
            "作者：Mei Lin、Tomás Herrera 等",
            "机构：卡内基梅隆大学",
            "论文地址：https://openreview.net/pdf?id=7uDI7w5RQA",
            "",
            "审稿分数：8/8/8/10。这篇论文把负载均衡改写成在线优化问题。",
            "....");
        var article = archive.Articles.Single();

        var paper = article.Papers.Single();
        Assert.AreEqual("Learning to Route Tokens Without Auxiliary Losses", paper.Title);
        Assert.AreEqual("https://openreview.net/pdf?id=7uDI7w5RQA", paper.PaperUrl);
        var block = article.ElementAt(8);
        Assert.AreEqual((ElementKind.PaperMetadata, 7, 9, "meta-field"), (block.Kind, block.Line, block.EndLine, block.Rule));
        Assert.AreEqual(0, archive.Diagnostics.Count);
    }

    [TestMethod]
    public void LabelVariantsJoinTheirPaper()
    {
        var article = TestArchive.Article(
            "导语。",
            "论文标题：DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning",
            "论文地址：https://doi.org/10.1038/s41586-025-09422-z",
            "arXiv 版本：https://arxiv.org/abs/2501.12948",
            "代码与权重：https://github.com/deepseek-ai/DeepSeek-R1");

        var paper = article.Papers.Single();
        Assert.AreEqual("https://doi.org/10.1038/s41586-025-09422-z", paper.PaperUrl);
        Assert.AreEqual("2501.12948", paper.ArxivId);
        Assert.AreEqual("https://github.com/deepseek-ai/DeepSeek-R1", paper.CodeUrl);
    }

    [TestMethod]
    [DataRow("论文解读：https://zhuanlan.zhihu.com/p/123", DisplayName = "a paper's word over a commentary")]
    [DataRow("论文地址是：https://arxiv.org/abs/2505.02835", DisplayName = "a clause")]
    [DataRow("正如 arXiv:2505.01428v3 所述，以及其他工作。", DisplayName = "an id in a sentence")]
    [DataRow("链接：https://zhuanlan.zhihu.com/p/1921987654321098765", DisplayName = "a reprint notice's link")]
    public void AVariantNeedsALinkThatConfirmsIt(string line) => Assert.IsFalse(PaperMetadataLine.TryParse(line, out _), line);

    [TestMethod]
    public void APaperLabelVariantMayGiveATitleAndAnId()
    {
        Assert.IsTrue(PaperMetadataLine.TryParse("原论文：Direct Preference Optimization: Your Language Model is Secretly a Reward Model（arXiv:2305.18290）", out var metadata));
        Assert.AreEqual(PaperField.Paper, metadata.Field);
        Assert.AreEqual("Direct Preference Optimization: Your Language Model is Secretly a Reward Model", metadata.Title);
        Assert.AreEqual("2305.18290", metadata.ArxivId);
    }

    [TestMethod]
    [DataRow("论文 1：Learning to Route Tokens Without Auxiliary Losses", "Learning to Route Tokens Without Auxiliary Losses")]
    [DataRow("Paper 2: Reward Models Are Secretly Ranking Models", "Reward Models Are Secretly Ranking Models")]
    [DataRow("論文三：Memory-Augmented Video World Models", "Memory-Augmented Video World Models")]
    [DataRow("\u2460 Reward Models Are Secretly Ranking Models", "Reward Models Are Secretly Ranking Models")]
    [DataRow("01 DAPO：把 GRPO 的几个坑都填上", null)]
    [DataRow("\u2463 一篇综述", null)]
    [DataRow("背景介绍", null)]
    public void AHeadingNamesAPaperWhenItIsATitle(string heading, string? title) => Assert.AreEqual(title, HeadingNamedPapers.TitleOf(heading));

    [TestMethod]
    public void AHeadingThatDescribesThePaperGivesNoTitle()
    {
        // 01 DAPO：… describes the paper in Chinese; the block without a title stays without one.
        var article = TestArchive.Article("导语。", "01 DAPO：把 GRPO 的几个坑都填上", "", "论文地址：https://arxiv.org/abs/2503.14476");

        Assert.IsNull(article.Papers.Single().Title);
    }

    [TestMethod]
    public void TheArticlesOneNamedPaperTakesItsOnlyTitlelessBlock()
    {
        var article = TestArchive.Article(
            "导语。",
            "Lipman 等人在论文《Flow Matching for Generative Modeling》中提出了条件流匹配。",
            "正文。",
            "论文地址：https://arxiv.org/abs/2210.02747");

        var paper = article.Papers.Single();
        Assert.AreEqual("Flow Matching for Generative Modeling", paper.Title);
        Assert.AreEqual("2210.02747", paper.ArxivId);
    }

    [TestMethod]
    public void AnArticleOfSeveralBlocksDoesNotLendItsNamedPaper()
    {
        var article = TestArchive.Article(
            "导语。",
            "论文《Flow Matching for Generative Modeling》是基础。",
            "正文。",
            "论文地址：https://arxiv.org/abs/2503.14476",
            "正文。",
            "论文地址：https://arxiv.org/abs/2506.09127");

        Assert.AreEqual(3, article.Papers.Count);
        Assert.AreEqual(2, article.Papers.Count(p => p.Title is null));
    }

    [TestMethod]
    public void AFieldLabelIsShortAndNoTitle()
    {
        Assert.IsTrue(MetadataBlocks.IsFieldLine("机构：南京大学、上海人工智能实验室"));
        Assert.IsTrue(MetadataBlocks.IsFieldLine("Authors: A. Rossi, J. Weber"));
        Assert.IsFalse(MetadataBlocks.IsFieldLine("DAPO: An Open-Source LLM Reinforcement Learning System at Scale"), "a title with its name before the colon");
        Assert.IsFalse(MetadataBlocks.IsFieldLine("论文 1：Learning to Route Tokens"), "numbered: a heading");
        Assert.IsFalse(MetadataBlocks.IsFieldLine("这是一个很长的句子开头的部分：后面还有"), "the label is a sentence");
        Assert.IsFalse(MetadataBlocks.IsFieldLine("代码：https://github.com/o/r"), "a key line");
    }
}
