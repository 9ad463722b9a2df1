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

/// <summary>Heading levels and parents, read from the structure the text shows.</summary>
[TestClass]
public sealed class OutlineTests
{
    /// <summary>Each heading as level, parent's heading (or -) and heading.</summary>
    private static string[] Outline(ArticleModel article) => article.Sections
        .Select(s => s.Level + ":" + (s.ParentLine is { } p ? article.Sections.Single(x => x.Line == p).Heading : "-") + ":" + s.Heading).ToArray();

    [TestMethod]
    [DataRow("01 背景", "02 方法")]
    [DataRow("一、背景", "二、方法")]
    [DataRow("1. 背景", "2. 方法")]
    [DataRow("第一部分 背景", "第二部分 方法")]
    [DataRow("Part 1: Background", "Part 2: Method")]
    [DataRow("【一】背景", "【二】方法")]
    public void UnnumberedHeadingsInsideNumberedPartsAreTheirSubHeadings(string first, string second)
    {
        var article = TestArchive.Article("导语", first, "正文。", "数据污染", "正文。", "评测集饱和", "正文。", second, "正文。", "同步蒸馏", "正文。", "参考文献", "[1] A. Title of a paper. 2024.");

        CollectionAssert.AreEqual(
            new[] { "1:-:" + first, "2:" + first + ":数据污染", "2:" + first + ":评测集饱和", "1:-:" + second, "2:" + second + ":同步蒸馏", "1:-:参考文献" },
            Outline(article));
    }

    [TestMethod]
    public void AnotherNumberingStyleNestsUnderTheFirst()
    {
        var article = TestArchive.Article("导语", "第一部分 榜单为什么失灵", "正文。", "【一】用人来评", "正文。", "【二】用模型来评", "正文。", "第二部分 新的思路", "正文。");

        CollectionAssert.AreEqual(
            new[] { "1:-:第一部分 榜单为什么失灵", "2:第一部分 榜单为什么失灵:【一】用人来评", "2:第一部分 榜单为什么失灵:【二】用模型来评", "1:-:第二部分 新的思路" },
            Outline(article));
    }

    [TestMethod]
    public void AReferenceListInsideAPartIsPartOfItButAClosingOneIsNot()
    {
        var article = TestArchive.Article("导语", "一、背景", "正文。", "相关内容参考博客\uFF1A", "https://zhuanlan.zhihu.com/p/1", "二、方法", "正文。", "参考文献", "[1] A. Title of a paper. 2024.");

        CollectionAssert.AreEqual(new[] { "1:-:一、背景", "2:一、背景:相关内容参考博客", "1:-:二、方法", "1:-:参考文献" }, Outline(article));
    }

    [TestMethod]
    public void AHeadingDirectlyOverAHeadingOpensAGroupThatAClosingSectionEnds()
    {
        var article = TestArchive.Article("导语", "实验", "在 Minecraft 上的结果", "正文。", "长时序生成", "正文。", "展望", "正文。", "结语", "正文。");

        CollectionAssert.AreEqual(
            new[] { "1:-:实验", "2:实验:在 Minecraft 上的结果", "2:实验:长时序生成", "1:-:展望", "1:-:结语" },
            Outline(article));
    }

    [TestMethod]
    public void AHeadingWhoseIntroductionEndsInAColonAndAListOpensAGroup()
    {
        var article = TestArchive.Article("导语", "方法", "包含三大核心模块\uFF1A", "  • 条件生成模块\n  • 记忆读写模块", "条件生成模块", "正文。", "记忆读写模块", "正文。", "结论", "正文。");

        CollectionAssert.AreEqual(new[] { "1:-:方法", "2:方法:条件生成模块", "2:方法:记忆读写模块", "1:-:结论" }, Outline(article));
    }

    [TestMethod]
    public void HeadingsWithProseBetweenThemAndNoOtherSignAreAllTopLevel()
    {
        var article = TestArchive.Article("导语", "研究背景", "正文。", "方法效果", "正文。", "方法", "正文。");

        CollectionAssert.AreEqual(new[] { "1:-:研究背景", "1:-:方法效果", "1:-:方法" }, Outline(article));
    }

    [TestMethod]
    public void ARunOfHeadingsIsOneHeadingAndItsSubHeadings()
    {
        var article = TestArchive.Article("导语", "模型表现", "Video-MME 排行榜", "计算效率对比", "结语", "正文。");

        CollectionAssert.AreEqual(new[] { "1:-:模型表现", "2:模型表现:Video-MME 排行榜", "2:模型表现:计算效率对比", "1:-:结语" }, Outline(article));
    }

    [TestMethod]
    public void AHeadingThePartNumbersSkipOpensTheMissingPart()
    {
        var article = TestArchive.Article("导语", "06 总结回顾", "6.1 知识边界", "正文。", "补充三个方面", "正文。", "一周线上运行评估", "正文。", "7.1 经济账", "正文。", "题外话", "正文。");

        CollectionAssert.AreEqual(
            new[] { "1:-:06 总结回顾", "2:06 总结回顾:6.1 知识边界", "1:-:补充三个方面", "2:补充三个方面:一周线上运行评估", "2:补充三个方面:7.1 经济账", "2:补充三个方面:题外话" },
            Outline(article));
    }

    [TestMethod]
    public void NumberedHeadingsAfterUnnumberedOnesAreTheirSubHeadings()
    {
        var article = TestArchive.Article("导语", "AutoEval：双引擎驱动的评估专家", "正文。", "1. AutoEval-S：捕捉动作细节", "正文。", "2. AutoEval-P：逻辑推理", "正文。", "实验结果", "正文。", "1. 来源辨别力", "正文。");

        CollectionAssert.AreEqual(
            new[]
            {
                "1:-:AutoEval：双引擎驱动的评估专家", "2:AutoEval：双引擎驱动的评估专家:1. AutoEval-S：捕捉动作细节",
                "2:AutoEval：双引擎驱动的评估专家:2. AutoEval-P：逻辑推理", "1:-:实验结果", "2:实验结果:1. 来源辨别力",
            },
            Outline(article));
    }

    [TestMethod]
    public void OneNumberedRunSharesItsRole()
    {
        var article = TestArchive.Article(
            "导语", "3. 实验结果", "(1)Harmon 在多模态理解基准上,取得接近 Janus-Pro 的效果", "图片", "(2)在文生图基准上,Harmon 优势显著", "图片", "(3) 协同生成理解", "正文。",
            "4. 列表", "(1)理解生成统一使用 CLIP 表征,并使用扩散模型将视觉表征解码成图像,如 EMU2、ILLUME 等,此类方案缺少交互。",
            "(2)理解生成统一使用 VQGAN 表征,由于 VQGAN 用于图像压缩,主要表征纹理等细节,理解能力偏弱。");

        Assert.AreEqual(5, article.Sections.Count, string.Join(" / ", Outline(article)));
        Assert.AreEqual("(1)Harmon 在多模态理解基准上,取得接近 Janus-Pro 的效果", article.Sections[1].Heading);
        Assert.AreEqual(ElementKind.NumberedItem, article.ElementAt(article.Sections[4].Line + 2).Kind);
    }

    [TestMethod]
    public void PartsNumberedWithABarHoldTheirUnnumberedSubHeadings()
    {
        var article = TestArchive.Article(
            "导语", "Part 1\uFF5CPre-training\uFF1A数据从哪里来", "正文\u3002", "Data mixture 数据配比", "正文\u3002",
            "Part 2\uFF5CPost-training", "正文\u3002", "slime 框架", "正文\u3002");

        CollectionAssert.AreEqual(
            new[] { "1:-:Part 1\uFF5CPre-training\uFF1A数据从哪里来", "2:Part 1\uFF5CPre-training\uFF1A数据从哪里来:Data mixture 数据配比", "1:-:Part 2\uFF5CPost-training", "2:Part 2\uFF5CPost-training:slime 框架" },
            Outline(article));
    }

    [TestMethod]
    public void MarkdownMarksGiveTheirOwnLevels()
    {
        var article = TestArchive.Article("导语", "## 方法", "正文。", "### 训练目标", "正文。", "### coupled-GRPO", "正文。", "## 实验", "正文。");

        CollectionAssert.AreEqual(new[] { "1:-:方法", "2:方法:训练目标", "2:方法:coupled-GRPO", "1:-:实验" }, Outline(article));
    }

    [TestMethod]
    [DataRow("第一部分 榜单为什么失灵", "Part", "榜单为什么失灵")]
    [DataRow("第2章：方法", "Part", "方法")]
    [DataRow("Part 1: The case for small models", "Part", "The case for small models")]
    [DataRow("Part II. Method", "Part", "Method")]
    [DataRow("Part 1\uFF5CPre-training\uFF1A数据从哪里来", "Part", "Pre-training\uFF1A数据从哪里来")]
    [DataRow("Part 2 | Post-training", "Part", "Post-training")]
    [DataRow("PART 3 \u00B7 评测", "Part", "评测")]
    [DataRow("第一部分\u4E28背景", "Part", "背景")]
    [DataRow("01\uFF5C背景", "TwoDigit", "背景")]
    [DataRow("02 | 方法", "TwoDigit", "方法")]
    [DataRow("01-02 的数据", "None", null)]
    [DataRow("【一】用人来评", "Bracketed", "用人来评")]
    [DataRow("【12】用人来评", "Bracketed", "用人来评")]
    [DataRow("第二点,10000 个环境副本不能都相同", "None", null)]
    [DataRow("第一阶段,构建模型", "None", null)]
    [DataRow("Part of the model", "None", null)]
    [DataRow("【图片】", "None", null)]
    [DataRow("【一】", "None", null)]
    public void PartNumbering(string line, string style, string? text)
    {
        Assert.AreEqual(style, LineShapes.Numbering(line, out var start).ToString());
        if (text is not null) Assert.AreEqual(text, line.Substring(start));
    }

    [TestMethod]
    [DataRow("03 实验设置", 3)]
    [DataRow("三、训练方式", 3)]
    [DataRow("十二、附录", 12)]
    [DataRow("十、附录", 10)]
    [DataRow("7.2 技术方向", 7)]
    [DataRow("方法", -1)]
    public void TheNumberAPartCarries(string line, int number) => Assert.AreEqual(number, LineShapes.LeadingNumber(line));
}
