using AiDigest.Generators.Model;
using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>A line under a picture: its caption, or a heading, or prose, read from the line and the article's habits.</summary>
[TestClass]
public sealed class CaptionTests
{
    private static string?[] Captions(ArticleModel article) => article.Figures.Select(f => f.Caption).ToArray();

    [TestMethod]
    public void APhotoCaptionInAnArticleWhoseHeadingsAreNumbered()
    {
        var article = TestArchive.Article("导语", "一、关于长上下文", "正文。", "图片", "杨植麟在活动现场", "正文。", "二、关于团队", "正文。");

        CollectionAssert.AreEqual(new[] { "杨植麟在活动现场" }, Captions(article));
        Assert.AreEqual(2, article.Sections.Count);
    }

    [TestMethod]
    [DataRow("rollout 阶段耗时占比")]
    [DataRow("Genie 3 的生成流程示意图")]
    [DataRow("o3 与 o3-pro 的价格对比")]
    [DataRow("ViLAMP 模型结构图")]
    public void ALineThatNamesAPictureIsItsCaptionWhateverTheArticle(string line)
    {
        var article = TestArchive.Article("导语", "研究背景", "正文。", "图片", line, "正文。", "方法", "正文。");

        CollectionAssert.AreEqual(new[] { line }, Captions(article));
    }

    [TestMethod]
    public void ALineThatAsksHeadsWhatFollows()
    {
        var article = TestArchive.Article("导语", "正文。", "genie3_demo.gif", "能做什么", "用户可以在世界里行走。", "，时长0:02:41", "怎么做到的", "每一帧都参考之前的轨迹。");

        CollectionAssert.AreEqual(new[] { "能做什么", "怎么做到的" }, article.Sections.Select(s => s.Heading).ToArray());
        CollectionAssert.AreEqual(new string?[] { null }, Captions(article));
    }

    [TestMethod]
    public void InAnArticleThatCaptionsItsPicturesAHeadingShapedLineFollowedByProseStaysAHeading()
    {
        var article = TestArchive.Article(
            "导语", "以下为报告全文。",
            "图片", "演进预判\uFF1A从 ANI 到 AGI 的历史跨越", "人工智能的发展历程并非线性堆叠。",
            "图片", "重访路线图(2016 年)\uFF1A通往 AGI 之路",
            "战略路径\uFF1A通专融合与科学发现的终极试炼", "正文。",
            "图片", "递归循环的通专融合技术架构", "基础模型层\uFF1A知识与推理的解构", "正文。",
            "图片", "研究表明,当前所有前沿模型的科学能力均显不足", "正文。");

        CollectionAssert.AreEqual(
            new[] { "演进预判\uFF1A从 ANI 到 AGI 的历史跨越", "战略路径\uFF1A通专融合与科学发现的终极试炼", "基础模型层\uFF1A知识与推理的解构" },
            article.Sections.Select(s => s.Heading).ToArray());
        CollectionAssert.AreEqual(
            new[] { null, "重访路线图(2016 年)\uFF1A通往 AGI 之路", "递归循环的通专融合技术架构", "研究表明,当前所有前沿模型的科学能力均显不足" },
            Captions(article));
    }

    [TestMethod]
    public void ANamingPhraseWithAFullStopIsACaptionButASentenceIsNot()
    {
        var article = TestArchive.Article("导语", "正文。", "图片", "David Silver、哈萨比斯和李世石。", "正文。", "图片", "这就是我们的现状。", "正文。", "图片", "他呼吁 AI 进入经验时代。", "正文。");

        CollectionAssert.AreEqual(new[] { "David Silver、哈萨比斯和李世石。", null, null }, Captions(article));
    }

    [TestMethod]
    public void ALineDescribingAChartsAxesIsItsCaption()
    {
        var caption = "横轴\uFF1A处理的视频帧数，纵轴\uFF1AGPU 内存使用量（MB）。测试在单块 A100 上进行。";
        var article = TestArchive.Article("导语", "正文。", "图片", caption, "正文。");

        CollectionAssert.AreEqual(new[] { caption }, Captions(article));
    }

    [TestMethod]
    public void AVideosCaptionIsNoFigureAndNoHeading()
    {
        var article = TestArchive.Article("导语", "研究背景", "正文。", "，时长0:45", "DSA 稀疏注意力演示", "正文。");

        Assert.AreEqual(0, article.Figures.Count);
        Assert.AreEqual(1, article.Sections.Count);
        Assert.AreEqual(ElementKind.Caption, article.ElementAt(11).Kind);
    }

    [TestMethod]
    public void TextAroundFormulaImagesIsProse()
    {
        var article = TestArchive.Article("导语", "研究背景", "给定一个神经网络,我们将交互分解成服从衰减形分布的交互", "图片", "和服从纺锤形分布的交互", "图片", "两部分。", "评测集饱和", "正文。");

        CollectionAssert.AreEqual(new[] { "研究背景", "评测集饱和" }, article.Sections.Select(s => s.Heading).ToArray());
        CollectionAssert.AreEqual(new string?[] { null, null }, Captions(article));
    }

    [TestMethod]
    [DataRow("图 1. 与或交互的无限拟合性。", true)]
    [DataRow("图 1\uFF1A与或交互的无限拟合性", true)]
    [DataRow("表 1：不同草稿长度下的接受率", true)]
    [DataRow("Figure 2: Faithfulness scores by hint type.", true)]
    [DataRow("图 5 展示了在不同噪声强度下的分布", false)]
    [DataRow("图表很多", false)]
    public void NumberedCaptions(string line, bool caption) => Assert.AreEqual(caption, AiDigest.Generators.Parsing.Roles.LineShapes.IsNumberedCaption(line), line);

    [TestMethod]
    [DataRow("图注\uFF1A使用 MuonClip 后，预训练全程没有出现 loss spike")]
    [DataRow("图源：DeepMind")]
    [DataRow("Image: an agent booking a table")]
    [DataRow("出处\uFF1A官方博客")]
    [DataRow("Courtesy: Unitree")]
    [DataRow("Caption: the robot on stage")]
    [DataRow("An agent booking a table on a restaurant site.")]
    public void CaptionLabelsAndShortEnglishDescriptionsAreCaptions(string line)
    {
        var article = TestArchive.Article("导语", "研究背景", "正文。", "image.png", line, "正文。", "方法", "正文。");

        CollectionAssert.AreEqual(new[] { line }, Captions(article));
    }

    [TestMethod]
    [DataRow("来源\uFF1A论文图 3")]
    [DataRow("来源: Epoch AI")]
    [DataRow("Source: Epoch AI")]
    public void ACreditUnderAPictureIsItsCaptionThoughABylineElsewhere(string line)
    {
        var article = TestArchive.Article("导语", "正文\u3002", "overthinking_curve.jpeg", line, "正文\u3002");
        CollectionAssert.AreEqual(new[] { line }, Captions(article));

        var opening = TestArchive.Article(line, "正文\u3002", "image.png", "正文\u3002");
        Assert.AreEqual("正文\u3002", opening.Lede, "away from a picture the line is a byline: no lede, the standfirst after it is");
        CollectionAssert.AreEqual(new string?[] { null }, Captions(opening));
    }

    [TestMethod]
    public void InAnArticleWhoseHeadingsAreMarkedAPlainLineUnderAPictureIsItsCaption()
    {
        // The article shows its headings with ##; a line without the mark is not shaped like them.
        var marked = TestArchive.Article("导语", "## 展馆", "正文\u3002", "waic_robots.jpeg", "宇树 G1 在展台上打拳", "今年参展的人形机器人超过 60 款\u3002", "## 论坛", "正文\u3002");
        CollectionAssert.AreEqual(new[] { "宇树 G1 在展台上打拳" }, Captions(marked));
        CollectionAssert.AreEqual(new[] { "展馆", "论坛" }, marked.Sections.Select(s => s.Heading).ToArray());

        var plain = TestArchive.Article("导语", "展馆", "正文\u3002", "waic_robots.jpeg", "宇树 G1 在展台上打拳", "今年参展的人形机器人超过 60 款\u3002", "论坛", "正文\u3002");
        CollectionAssert.AreEqual(new[] { "展馆", "宇树 G1 在展台上打拳", "论坛" }, plain.Sections.Select(s => s.Heading).ToArray());
    }

    [TestMethod]
    [DataRow("We expect agents to be a large share of web traffic.")]
    [DataRow("The agent books a table. Then it pays.")]
    [DataRow("Why does it matter?")]
    [DataRow("a lower-case start")]
    public void EnglishSentencesThatAreNoCaptions(string line) => Assert.IsFalse(AiDigest.Generators.Parsing.Roles.FigureShapes.IsEnglishCaption(line), line);
}
