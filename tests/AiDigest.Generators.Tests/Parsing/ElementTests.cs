using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class ElementTests
{
    [TestMethod]
    [DataRow("图片")]
    [DataRow("image.png")]
    [DataRow("2025-05-12_094137.png")]
    [DataRow("图片编辑助手\\SCR-20250512-jzan.jpg")]
    [DataRow("twitter.png")]
    public void ImagePlaceholders(string line)
    {
        var article = TestArchive.Article("导语", "正文。", line, "正文。");

        Assert.AreEqual(ElementKind.Image, article.ElementAt(7).Kind);
        Assert.AreEqual(7, article.Figures.Single().Line);
    }

    [TestMethod]
    public void NumberedCaptionsAttachToTheirImage()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "图片",
            "图 1 (上) 评估危机:现有二元指标掩盖了执行质量。",
            "表格 1 机器人操作数据集的对比分析。",
            "图片",
            "图 5 展示了在不同噪声强度下的结果。");

        CollectionAssert.AreEqual(new[] { 7, 13 }, article.Figures.Select(f => f.Line).ToArray());
        Assert.AreEqual("图 1 (上) 评估危机:现有二元指标掩盖了执行质量。", article.Figures[0].Caption);
        Assert.AreEqual("表格 1 机器人操作数据集的对比分析。", article.Figures[1].Caption);
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(15).Kind, "'图 5 展示了…' talks about a figure");
    }

    [TestMethod]
    public void VideoMarkers()
    {
        var article = TestArchive.Article("导语", ",时长17:33", ",时长00:09", "正文。");

        CollectionAssert.AreEqual(new[] { "17:33", "00:09" }, article.VideoDurations.ToArray());
        Assert.AreEqual(ElementKind.Video, article.ElementAt(5).Kind);
    }

    [TestMethod]
    public void BulletsAndNumberedItems()
    {
        var archive = TestArchive.Parse(
            "#A", "", "导语", "",
            "  • 已知的未知:典型的如组合爆炸。",
            "  • 未知的未知:科学探索本质上是对分布外的探索。",
            "",
            "  1. 计算相似度;",
            "  2. 选取与当前场景最接近的记忆单元;",
            "....");
        var article = archive.Articles.Single();

        CollectionAssert.AreEqual(
            new[] { ElementKind.BulletItem, ElementKind.BulletItem, ElementKind.NumberedItem, ElementKind.NumberedItem },
            article.Elements.Where(e => e.Line is 5 or 6 or 8 or 9).Select(e => e.Kind).ToArray());
    }

    [TestMethod]
    public void MermaidAndPythonCodeBlocks()
    {
        var archive = TestArchive.Parse(
            "#A", "", "导语", "",
            "graph TD",
            "    %% Define Styles",
            "    subgraph \"顶尖模型\"",
            "    end",
            "",
            "也可看官方给的后训练流程图:",
            "",
            "from qwen_agent.agents import Assistant",
            "",
            "# Define Tools",
            "tools = [",
            "    {'mcpServers': {}},",
            "]",
            "print(responses)",
            "",
            "我的目前的理解是这样。",
            "....");
        var article = archive.Articles.Single();

        var mermaid = article.ElementAt(5);
        Assert.AreEqual(ElementKind.Code, mermaid.Kind);
        Assert.AreEqual(8, mermaid.EndLine);
        var python = article.ElementAt(12);
        Assert.AreEqual(ElementKind.Code, python.Kind);
        Assert.AreEqual(18, python.EndLine);
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(20).Kind);
    }

    [TestMethod]
    public void FormulaImagesInsideASentenceLeaveItsPiecesAsProse()
    {
        var article = TestArchive.Article(
            "导语",
            "一、正文",
            "图片",
            "图片",
            "因此,我们提出以下参数模型来建模神经网络的可泛化交互的分布",
            "图片",
            "其中伽马函数",
            "图片",
            "的作用是将阶乘拓展到实数范围");

        Assert.AreEqual(1, article.Sections.Count);
        Assert.IsTrue(article.Figures.All(f => f.Caption is null));
    }

    [TestMethod]
    public void MarkdownBulletsAreBulletsButANegativeNumberIsNot()
    {
        var archive = TestArchive.Parse("#A", "", "导语", "", "- 第一项", "* 第二项", "", "-30% 的误差。", "....");
        var article = archive.Articles.Single();

        Assert.AreEqual(ElementKind.BulletItem, article.ElementAt(5).Kind);
        Assert.AreEqual(ElementKind.BulletItem, article.ElementAt(6).Kind);
        Assert.AreEqual(ElementKind.Paragraph, article.ElementAt(8).Kind);
    }
}
