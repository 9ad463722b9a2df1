using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>The single-line rules, each on its own.</summary>
[TestClass]
public sealed class LineShapesTests
{
    [TestMethod]
    [DataRow("图片", true)]
    [DataRow("[图片]", true)]
    [DataRow("【图片】", true)]
    [DataRow("image", true)]
    [DataRow("图", true)]
    [DataRow("image.png", true)]
    [DataRow("2025-05-12_094137.PNG", true)]
    [DataRow("results.jpeg", true)]
    [DataRow("rollout.gif", true)]
    [DataRow("a.webp", true)]
    [DataRow("a.bmp", true)]
    [DataRow("a.svg", true)]
    [DataRow(".png", false)]
    [DataRow("image png", false)]
    [DataRow("看这张 image.png", false)]
    [DataRow("图片来源", false)]
    [DataRow("", false)]
    [DataRow("a.pdf", false)]
    public void Images(string line, bool image) => Assert.AreEqual(image, LineShapes.IsImage(line), line);

    [TestMethod]
    public void AVeryLongTokenIsNoImage() => Assert.IsFalse(LineShapes.IsImage(new string('a', 200) + ".png"));

    [TestMethod]
    [DataRow(",时长17:33", "17:33")]
    [DataRow("\uFF0C时长1:02:15", "1:02:15")]
    [DataRow("时长00:09", "00:09")]
    [DataRow(" , 时长0:45", "0:45")]
    public void Videos(string line, string duration)
    {
        Assert.IsTrue(LineShapes.TryVideo(line, out var found), line);
        Assert.AreEqual(duration, found);
    }

    [TestMethod]
    [DataRow(",时长")]
    [DataRow(",时长17")]
    [DataRow(",时长1:2:3:4")]
    [DataRow(",时长17:3a")]
    [DataRow(",时长123:45:678")]
    [DataRow("视频时长17:33")]
    [DataRow("时")]
    public void NotVideos(string line) => Assert.IsFalse(LineShapes.TryVideo(line, out _), line);

    [TestMethod]
    [DataRow("....", true)]
    [DataRow("  ......  ", true)]
    [DataRow("\u00A0....\u00A0", true)]
    [DataRow("...", false)]
    [DataRow("....a", false)]
    [DataRow(". ...", false)]
    [DataRow("\u2026\u2026", false)]
    [DataRow("", false)]
    [DataRow("    ", false)]
    public void Separators(string line, bool separator) => Assert.AreEqual(separator, LineShapes.IsSeparatorLine(line), line);

    [TestMethod]
    [DataRow("• 条件生成模块", true)]
    [DataRow("● a", true)]
    [DataRow("▪ a", true)]
    [DataRow("◦ a", true)]
    [DataRow("· a", true)]
    [DataRow("- item", true)]
    [DataRow("* item", true)]
    [DataRow("-30%", false)]
    [DataRow("- ", false)]
    [DataRow("*", false)]
    [DataRow("•", false)]
    [DataRow("a • b", false)]
    public void Bullets(string line, bool bullet) => Assert.AreEqual(bullet, LineShapes.IsBullet(line), line);

    [TestMethod]
    [DataRow("• 可视化结果", "可视化结果")]
    [DataRow("- item", "item")]
    [DataRow("plain", "plain")]
    public void BulletTexts(string line, string text) => Assert.AreEqual(text, LineShapes.BulletText(line));

    [TestMethod]
    [DataRow("1. 背景", 3)]
    [DataRow("12、方法", 3)]
    [DataRow("1) a", 3)]
    [DataRow("1\uFF09a", 2)]
    [DataRow("2:拒绝", 2)]
    [DataRow("3\uFF1A边缘拒绝", 2)]
    [DataRow("4\uFF0E接受", 2)]
    public void ArabicPrefixes(string line, int length)
    {
        Assert.IsTrue(LineShapes.TryArabicPrefix(line, out var found), line);
        Assert.AreEqual(length, found);
    }

    [TestMethod]
    [DataRow("3.1 对照组")]
    [DataRow("1234. a")]
    [DataRow("1.")]
    [DataRow("a. b")]
    [DataRow("1a b")]
    [DataRow("１. 全角数字")]
    public void NotArabicPrefixes(string line) => Assert.IsFalse(LineShapes.TryArabicPrefix(line, out _), line);

    [TestMethod]
    [DataRow("一、脑机接口困境", "ChineseNumeral", "脑机接口困境")]
    [DataRow("十二. 附录", "ChineseNumeral", "附录")]
    [DataRow("01 文本草图世界模型", "TwoDigit", "文本草图世界模型")]
    [DataRow("02. 面向 GUI 智体", "TwoDigit", "面向 GUI 智体")]
    [DataRow("01\u00A0\u00A0在谈论Agents之前", "TwoDigit", "在谈论Agents之前")]
    [DataRow("1. 背景", "Arabic", "背景")]
    [DataRow("4.可视化效果", "Arabic", "可视化效果")]
    [DataRow("2、方法", "Arabic", "方法")]
    [DataRow("1\uFF0E背景", "Arabic", "背景")]
    [DataRow("03\uFF0E 实验", "TwoDigit", "实验")]
    [DataRow("3.1 对照组 vs 实验组", "Decimal", "对照组 vs 实验组")]
    [DataRow("4.1.1 私域语义锚定成功率", "Decimal", "私域语义锚定成功率")]
    [DataRow("6.1知识边界", "Decimal", "知识边界")]
    [DataRow("(1)MAR 的启发", "Parenthesized", "MAR 的启发")]
    [DataRow("\uFF082\uFF09Harmon", "Parenthesized", "Harmon")]
    [DataRow("(一)背景", "Parenthesized", "背景")]
    [DataRow("a) 目标相机联合控制", "Lettered", "目标相机联合控制")]
    [DataRow("iii) 高质量微调", "Lettered", "高质量微调")]
    [DataRow("b\uFF09运动控制", "Lettered", "运动控制")]
    public void NumberingStyles(string line, string style, string text)
    {
        Assert.AreEqual(style, LineShapes.Numbering(line, out var start).ToString(), line);
        Assert.AreEqual(text, line.Substring(start));
    }

    [TestMethod]
    [DataRow("方法")]
    [DataRow("1")]
    [DataRow("01")]
    [DataRow("012 a")]
    [DataRow("3.1")]
    [DataRow("3.1a 方法")]
    [DataRow("1.")]
    [DataRow("(x) a")]
    [DataRow("(12345) a")]
    [DataRow("ab) 两个字母")]
    [DataRow("xyz) a")]
    [DataRow("2025 到底是")]
    [DataRow("05x 方法")]
    [DataRow("")]
    public void NoNumbering(string line) => Assert.AreEqual("None", LineShapes.Numbering(line, out _).ToString(), line);

    [TestMethod]
    [DataRow("一,打开 start_recthink.bat", true)]
    [DataRow("三\uFF0C配置成功", true)]
    [DataRow("一、混合思维模式", false)]
    [DataRow("一", false)]
    [DataRow("一,", false)]
    public void ChineseNumeralListItems(string line, bool item) => Assert.AreEqual(item, LineShapes.IsChineseNumeralListItem(line), line);

    [TestMethod]
    [DataRow("①", 1)]
    [DataRow("⑰", 17)]
    [DataRow("⑳", 20)]
    [DataRow("㉑", 21)]
    [DataRow("㉟", 35)]
    [DataRow("㊱", 36)]
    [DataRow("㊿", 50)]
    [DataRow("[12]", 12)]
    [DataRow("3.", 3)]
    [DataRow("-", -1)]
    [DataRow("", -1)]
    [DataRow(null, -1)]
    public void MarkerNumbers(string? marker, int number) => Assert.AreEqual(number, LineShapes.MarkerNumber(marker));

    [TestMethod]
    [DataRow("① Vaswani A. Attention.", "①", 2)]
    [DataRow("[1] Genie 2.", "[1]", 4)]
    [DataRow("【10】条目", "【10】", 4)]
    [DataRow("1. Gu Y. MiniLLM.", "1.", 3)]
    [DataRow("12、条目", "12、", 3)]
    [DataRow("https://x.com/a", null, 0)]
    [DataRow("- Carleo G. Solving.", null, 2)]
    [DataRow("•\u00A0https://github.com/netket/netket", null, 2)]
    public void ReferenceMarkers(string line, string? marker, int start)
    {
        Assert.IsTrue(LineShapes.TryReferenceMarker(line, out var found, out var textStart), line);
        Assert.AreEqual(marker, found);
        Assert.AreEqual(start, textStart);
    }

    [TestMethod]
    [DataRow("[a] b")]
    [DataRow("[] b")]
    [DataRow("[12345] b")]
    [DataRow("正文")]
    [DataRow("见 https://x.com")]
    [DataRow("")]
    [DataRow("12345. 太长的编号")]
    public void NotReferenceEntries(string line) => Assert.IsFalse(LineShapes.TryReferenceMarker(line, out _, out _), line);

    [TestMethod]
    [DataRow("参考文献", "")]
    [DataRow("参考内容:", "")]
    [DataRow("参考链接:https://x.com/a", "https://x.com/a")]
    [DataRow("参考资料\uFF1A", "")]
    [DataRow("相关内容参考博客:", "")]
    [DataRow("References", "")]
    [DataRow("REFERENCES:", "")]
    [DataRow("引用", "")]
    [DataRow("延伸阅读", "")]
    [DataRow("Further reading:", "")]
    [DataRow("See also", "")]
    [DataRow("本文参考链接", "")]
    public void ReferenceHeadings(string line, string inline)
    {
        Assert.IsTrue(LineShapes.IsReferenceHeading(line, out var found), line);
        Assert.AreEqual(inline, found);
    }

    [TestMethod]
    [DataRow("参考链接:见文末")]
    [DataRow("参考这篇文章的写法,我们可以得出结论")]
    [DataRow("引用率")]
    [DataRow("Related work and further reading")]
    [DataRow("")]
    public void NotReferenceHeadings(string line) => Assert.IsFalse(LineShapes.IsReferenceHeading(line, out _), line);

    [TestMethod]
    [DataRow("目录", true)]
    [DataRow("目 录", true)]
    [DataRow("Contents", true)]
    [DataRow("本文目录", true)]
    [DataRow("目录如下", false)]
    public void TablesOfContents(string line, bool toc) => Assert.AreEqual(toc, LineShapes.IsTableOfContentsHeading(line));
}
