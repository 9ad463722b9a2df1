using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Texts;

/// <summary>Character rules, half- and full-width alike (full-width characters written as escapes).</summary>
[TestClass]
public sealed class TextShapesTests
{
    [TestMethod]
    [DataRow(':', true)]
    [DataRow('\uFF1A', true)]
    [DataRow(';', false)]
    public void Colons(char c, bool colon) => Assert.AreEqual(colon, TextShapes.IsColon(c));

    [TestMethod]
    public void EveryFullWidthMarkIsItsAsciiTwin()
    {
        Assert.IsTrue(TextShapes.IsComma(',') && TextShapes.IsComma('\uFF0C') && !TextShapes.IsComma('\u3001'));
        Assert.IsTrue(TextShapes.IsSemicolon(';') && TextShapes.IsSemicolon('\uFF1B') && !TextShapes.IsSemicolon(':'));
        Assert.IsTrue(TextShapes.IsQuestionMark('?') && TextShapes.IsQuestionMark('\uFF1F') && !TextShapes.IsQuestionMark('!'));
        Assert.IsTrue(TextShapes.IsExclamationMark('!') && TextShapes.IsExclamationMark('\uFF01') && !TextShapes.IsExclamationMark('?'));
        Assert.IsTrue(TextShapes.IsOpeningParenthesis('(') && TextShapes.IsOpeningParenthesis('\uFF08') && !TextShapes.IsOpeningParenthesis(')'));
        Assert.IsTrue(TextShapes.IsClosingParenthesis(')') && TextShapes.IsClosingParenthesis('\uFF09') && !TextShapes.IsClosingParenthesis('('));
    }

    [TestMethod]
    [DataRow('\u3002', true)]
    [DataRow('.', true)]
    [DataRow('\uFF0E', true)]
    [DataRow('\u3001', true)]
    [DataRow('\u2026', true)]
    [DataRow('~', true)]
    [DataRow('\uFF5E', true)]
    [DataRow(',', true)]
    [DataRow('\uFF0C', true)]
    [DataRow(';', true)]
    [DataRow('\uFF1B', true)]
    [DataRow('!', true)]
    [DataRow('\uFF01', true)]
    [DataRow(':', true)]
    [DataRow('\uFF1A', true)]
    [DataRow('?', false)]
    [DataRow('\uFF1F', false)]
    [DataRow(')', false)]
    [DataRow('a', false)]
    public void PunctuationThatEndsAClause(char c, bool ends) => Assert.AreEqual(ends, TextShapes.EndsClause(c));

    [TestMethod]
    [DataRow("结束。", 2, true)]
    [DataRow("a. b", 1, true)]
    [DataRow("end.", 3, true)]
    [DataRow("3.5 倍", 1, false)]
    [DataRow("a\uFF0E b", 1, true)]
    [DataRow("a,b", 1, false)]
    public void SentenceStops(string text, int at, bool stop) => Assert.AreEqual(stop, TextShapes.IsSentenceStop(text, at));

    [TestMethod]
    [DataRow("\u300C", true)]
    [DataRow("\u201C", true)]
    [DataRow("\"", true)]
    [DataRow("\u300E", true)]
    [DataRow("\u300A", true)]
    [DataRow("\u2018", true)]
    [DataRow("(", false)]
    public void OpeningQuotes(string c, bool quote) => Assert.AreEqual(quote, TextShapes.IsOpeningQuote(c[0]));

    [TestMethod]
    [DataRow("\u300D", true)]
    [DataRow("\u201D", true)]
    [DataRow("\"", true)]
    [DataRow("\u300F", true)]
    [DataRow("\u300B", true)]
    [DataRow("\u2019", true)]
    [DataRow(")", false)]
    public void ClosingQuotes(string c, bool quote) => Assert.AreEqual(quote, TextShapes.IsClosingQuote(c[0]));

    [TestMethod]
    [DataRow("一、脑机接口困境", 8.0)]
    [DataRow("CSBrain: A Cross-scale Model", 14.0)]
    [DataRow("\uFF1A", 1.0)]
    [DataRow("", 0.0)]
    public void Widths(string text, double width) => Assert.AreEqual(width, TextShapes.Width(text));

    [TestMethod]
    [DataRow("一、脑机接口困境", 8.0, false)]
    [DataRow("一、脑机接口困境", 7.5, true)]
    [DataRow("CSBrain: A Cross-scale Model", 14.0, false)]
    [DataRow("CSBrain: A Cross-scale Model", 13.5, true)]
    [DataRow("ab标题", 3.0, false)]
    [DataRow("ab标题", 2.5, true)]
    [DataRow("abcd", 2.0, false)]
    [DataRow("abcde", 2.0, true)]
    [DataRow("", 0.0, false)]
    public void WiderThanIsWidthPastTheLimit(string text, double maxWidth, bool wider)
    {
        Assert.AreEqual(wider, TextShapes.IsWiderThan(text, maxWidth));
        Assert.AreEqual(TextShapes.Width(text) > maxWidth, TextShapes.IsWiderThan(text, maxWidth), "the same as measuring the whole width");
    }

    [TestMethod]
    [DataRow("  a b \u00A0", "a b")]
    [DataRow("\u3000标题\u200B", "标题")]
    [DataRow("x", "x")]
    [DataRow("   ", "")]
    public void Trims(string text, string trimmed) => Assert.AreEqual(trimmed, TextShapes.Trim(text));

    [TestMethod]
    public void LettersAndCaseWithoutTheCulture()
    {
        Assert.AreEqual(3, TextShapes.LetterCount("a1b,中"));
        Assert.AreEqual('a', TextShapes.ToLowerInvariant('A'));
        Assert.AreEqual('\uFF1A', TextShapes.ToLowerInvariant('\uFF1A'));
        Assert.AreEqual('\uFF41', TextShapes.ToLowerInvariant('\uFF21'), "full-width letters have case");
        Assert.AreEqual('é', TextShapes.ToLowerInvariant('É'));
        Assert.IsTrue(TextShapes.ContainsCjk("abc中"));
        Assert.IsFalse(TextShapes.ContainsCjk("abc\uFF1A"));
        Assert.AreEqual(2, TextShapes.LeadingSpaces(" \u00A0x"));
        Assert.AreEqual(5, TextShapes.IndexOfAny("ab: c\uFF1A", TextShapes.Colons, 3));
        Assert.AreEqual(-1, TextShapes.IndexOfAny("abc", TextShapes.Colons));
    }

    [TestMethod]
    [DataRow("这张图来自介绍 GPT-4 的博客", true)]
    [DataRow("他呼吁 AI 进入经验时代", true)]
    [DataRow("David Silver", false)]
    [DataRow("", false)]
    public void PronounOpenings(string text, bool pronoun) => Assert.AreEqual(pronoun, ProseShapes.OpensWithPronoun(text));

    [TestMethod]
    [DataRow("如上图所示", true)]
    [DataRow("下图是英伟达总部", true)]
    [DataRow("如图所示", true)]
    [DataRow("图像生成", false)]
    public void PointersAtPictures(string text, bool points) => Assert.AreEqual(points, ProseShapes.PointsAtPicture(text));

    [TestMethod]
    [DataRow("能做什么", true)]
    [DataRow("怎么做到的", true)]
    [DataRow("如何训练", true)]
    [DataRow("为何如此", true)]
    [DataRow("哪个更好", true)]
    [DataRow("对吗", true)]
    [DataRow("结果呢", true)]
    [DataRow("Why?", true)]
    [DataRow("方法效果", false)]
    public void LinesThatAsk(string text, bool asks) => Assert.AreEqual(asks, ProseShapes.Asks(text));

    [TestMethod]
    [DataRow("结果呢\uFF1F", true)]
    [DataRow("效果怎么样呢?", true)]
    [DataRow("你准备好了吗?", false)]
    [DataRow("呢", false)]
    public void QuestionsAskedAloud(string text, bool aloud) => Assert.AreEqual(aloud, ProseShapes.IsSpokenQuestion(text));

    [TestMethod]
    [DataRow("因为 DNA 双螺旋", true)]
    [DataRow("答案是:能。", true)]
    [DataRow("简单来说,就是", true)]
    [DataRow("答\uFF1A是的", true)]
    [DataRow("A: yes", true)]
    [DataRow("Gengram 的核心逻辑", false)]
    public void Answers(string text, bool answer) => Assert.AreEqual(answer, ProseShapes.IsAnswer(text));

    [TestMethod]
    [DataRow("投票\uFF1A你认为？", true)]
    [DataRow("投票:单选", true)]
    [DataRow("投票结果", false)]
    [DataRow("投票", false)]
    public void PollQuestions(string text, bool poll) => Assert.AreEqual(poll, ProseShapes.IsPollQuestion(text));

    [TestMethod]
    [DataRow("这就是现状", true)]
    [DataRow("模型已经开源", true)]
    [DataRow("David Silver、哈萨比斯和李世石", false)]
    public void SentenceWords(string text, bool sentence) => Assert.AreEqual(sentence, ProseShapes.HasSentenceWords(text));

    [TestMethod]
    [DataRow("ViLAMP 模型结构图", true)]
    [DataRow("损失曲线", true)]
    [DataRow("意图", false)]
    [DataRow("企图", false)]
    [DataRow("方法介绍", false)]
    public void NamesOfPictures(string text, bool names) => Assert.AreEqual(names, FigureShapes.NamesPicture(text));

    [TestMethod]
    [DataRow("DNA 双螺旋结构示意图展示了 B 型 DNA 的结构参数。", true)]
    [DataRow("横轴：帧数，纵轴：内存。", true)]
    [DataRow("数据构建流程旨在从任意视频中提取轨迹。", false)]
    public void DescriptionsOfPictures(string text, bool describes) => Assert.AreEqual(describes, FigureShapes.DescribesPicture(text));

    [TestMethod]
    public void ADescriptionIsAtMostAHundredWide() => Assert.IsFalse(FigureShapes.DescribesPicture(new string('字', 99) + "示意图"));

    [TestMethod]
    [DataRow("ROI 一览表\uFF1A为什么值得训 8B", true)]
    [DataRow("主流模型对比表", true)]
    [DataRow("发表", false)]
    [DataRow("代表作\uFF1A一览", false)]
    public void TableTitles(string text, bool table) => Assert.AreEqual(table, FigureShapes.NamesTable(text));
}
