using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Roles;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>What a line shows, read once: counter kind and value, label, end class, URLs, CJK share.</summary>
[TestClass]
public sealed class LineFactsTests
{
    [TestMethod]
    [DataRow("1) 数据", (int)NumberingStyle.Arabic, 1)]
    [DataRow("3. 方法", (int)NumberingStyle.Arabic, 3)]
    [DataRow("\u2461 VCD", (int)NumberingStyle.Circled, 2)]
    [DataRow("\u2163. 心得", (int)NumberingStyle.Roman, 4)]
    [DataRow("II. Method", (int)NumberingStyle.Roman, 2)]
    [DataRow("第一步：准备数据", (int)NumberingStyle.Part, 1)]
    [DataRow("第三部分\u3000人才", (int)NumberingStyle.Part, 3)]
    [DataRow("十二、结语", (int)NumberingStyle.ChineseNumeral, 12)]
    [DataRow("（三）函式呼叫", (int)NumberingStyle.Parenthesized, 3)]
    [DataRow("b) second", (int)NumberingStyle.Lettered, 2)]
    [DataRow("iii) third", (int)NumberingStyle.Lettered, 3)]
    [DataRow("iv) fourth", (int)NumberingStyle.Lettered, 4)]
    [DataRow("05 实验", (int)NumberingStyle.TwoDigit, 5)]
    [DataRow("3.1 复杂度", (int)NumberingStyle.Decimal, 3)]
    [DataRow("\uFF12\uFF0E方法", (int)NumberingStyle.Arabic, 2)]
    [DataRow("Part 2: Post-training", (int)NumberingStyle.Part, 2)]
    public void ACountersKindAndValueAreReadWhateverItsNumerals(string line, int style, int value)
    {
        var facts = LineFacts.OfLine(line);

        Assert.AreEqual((NumberingStyle)style, facts.Counter);
        Assert.AreEqual(value, facts.CounterValue);
    }

    [TestMethod]
    public void AnUnnumberedLineHasNoCounter()
    {
        var facts = LineFacts.OfLine("研究背景");

        Assert.AreEqual(NumberingStyle.None, facts.Counter);
        Assert.AreEqual(-1, facts.CounterValue);
        Assert.AreEqual("研究背景", facts.Rest);
    }

    [TestMethod]
    [DataRow("主持人：差距还剩多少？", 3)]
    [DataRow("Elena Park: Because.", 10)]
    [DataRow("Ｑ：今年最大的变化是什么？", 1)]
    [DataRow("论文 1：Learning to Route", 0)]
    [DataRow("00:02:15 开场", 0)]
    [DataRow("https://arxiv.org/abs/2503.14476", 0)]
    [DataRow("研究动机：", 0)]
    [DataRow("一句话总结其实很难写，因为方法很多：比如", 0)]
    public void ALabelIsAShortWordOrNameBeforeAColonWithTextAfterIt(string line, int length) =>
        Assert.AreEqual(length, LineFacts.OfLine(line).LabelLength);

    [TestMethod]
    [DataRow("结果呢？", (int)LineEnd.Question)]
    [DataRow("研究动机：", (int)LineEnd.Colon)]
    [DataRow("这是一句话。", (int)LineEnd.Stop)]
    [DataRow("第一，", (int)LineEnd.Comma)]
    [DataRow("太好了！", (int)LineEnd.Exclamation)]
    [DataRow("研究背景", (int)LineEnd.Open)]
    public void HowALineEnds(string line, int end) => Assert.AreEqual((LineEnd)end, LineFacts.OfLine(line).End);

    [TestMethod]
    public void TheTrimmedTextIndentURLsAndCJKShare()
    {
        var facts = LineFacts.OfLine("  代码：https://github.com/a/b  ");

        Assert.AreEqual("代码：https://github.com/a/b", facts.Trimmed);
        Assert.AreEqual(2, facts.Indent);
        Assert.AreEqual(3, facts.FirstUrl);
        Assert.AreEqual(1, facts.UrlCount);
        Assert.IsTrue(facts.CjkRatio is > 0.05f and < 0.2f);
        Assert.IsFalse(facts.IsBlank);
        Assert.IsTrue(LineFacts.OfLine(" \u3000 ").IsBlank);
        Assert.IsTrue(LineFacts.OfLine("https://arxiv.org/abs/2503.14476").IsUrlOnly);
    }

    [TestMethod]
    public void SymbolsAndLeadingGlyphs()
    {
        Assert.IsTrue(LineFacts.OfLine("x = (a + b) * c;").SymbolDensity > 0.4f);
        Assert.AreEqual(0f, LineFacts.OfLine("研究背景").SymbolDensity);
        Assert.AreEqual('\u2705', LineFacts.OfLine("\u2705 改动只有两行").LeadingSymbol);
        Assert.AreEqual('\0', LineFacts.OfLine("研究背景").LeadingSymbol);
        Assert.AreEqual(4.0, LineFacts.OfLine("研究背景").Width);
    }
}
