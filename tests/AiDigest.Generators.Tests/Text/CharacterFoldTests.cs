using AiDigest.Generators.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Texts;

[TestClass]
public sealed class CharacterFoldTests
{
    [TestMethod]
    public void TheTableIsSortedAndPaired()
    {
        Assert.IsTrue(CharacterFold.TableIsWellFormed());
        Assert.IsTrue(CharacterFold.IsSortedAndPaired("ab", "xy"));
        Assert.IsFalse(CharacterFold.IsSortedAndPaired("ab", "x"), "unpaired");
        Assert.IsFalse(CharacterFold.IsSortedAndPaired("ba", "xy"), "descending");
        Assert.IsFalse(CharacterFold.IsSortedAndPaired("aa", "xy"), "repeated");
    }

    [TestMethod]
    [DataRow('\u9FA5')]
    [DataRow('\u4E00')]
    [DataRow('\u9FFF')]
    [DataRow('\uA000')]
    public void IdeographsOutsideTheTableStayAsTheyAre(char c) => Assert.AreEqual(c, CharacterFold.Fold(c));

    [TestMethod]
    public void TheFirstAndLastCharactersOfTheTableFold()
    {
        Assert.AreEqual('两', CharacterFold.Fold('兩'));
        Assert.AreEqual('龟', CharacterFold.Fold('龜'));
        Assert.AreEqual('并', CharacterFold.Fold('並'));
    }

    [TestMethod]
    [DataRow("論文標題：", "论文标题:")]
    [DataRow("參考文獻：", "参考文献:")]
    [DataRow("程式碼", "程式码")]
    [DataRow("圖片", "图片")]
    [DataRow("第一部分\u3000背景", "第一部分 背景")]
    [DataRow("１．背景（一）", "1.背景(一)")]
    [DataRow("Ｑ：", "Q:")]
    [DataRow("延伸閱讀", "延伸阅读")]
    [DataRow("論文地址：https://arxiv.org/abs/2503.01234", "论文地址:https://arxiv.org/abs/2503.01234")]
    public void AKeyIsTheSimplifiedAsciiTwinOfTheLine(string raw, string key)
    {
        var folded = CharacterFold.Key(raw);
        Assert.AreEqual(key, folded);
        Assert.AreEqual(raw.Length, folded.Length, "one character for one character: offsets stay valid");
    }

    [TestMethod]
    [DataRow("论文标题: Attention Is All You Need")]
    [DataRow("著名的 Transformer 甚至更快")]
    [DataRow("Plain ASCII, 全角之外的标点、「引号」和 ① 不变")]
    public void TextThatIsAlreadyAKeyIsReturnedAsItIs(string text) => Assert.AreSame(text, CharacterFold.Key(text));

    [TestMethod]
    public void MatchingReadsTheKeyAtAnOffsetOfTheRawText()
    {
        Assert.IsTrue(CharacterFold.StartsWith("論文標題：X", "论文标题:"));
        Assert.IsFalse(CharacterFold.StartsWith("論文", "论文标题"));
        Assert.AreEqual(3, CharacterFold.IndexOf("見下：參考文獻", "参考"));
        Assert.AreEqual(-1, CharacterFold.IndexOf("參考", "文献"));
        Assert.IsFalse(CharacterFold.MatchesAt("abc", -1, "a"));
        Assert.IsTrue(CharacterFold.MatchesAt("ａbc", 0, "ab"));
        Assert.IsTrue(CharacterFold.MatchesAt("abｃ", 1, "bc"), "a key that ends the text");
        Assert.IsFalse(CharacterFold.MatchesAt("abc", 2, "cd"));
        Assert.AreEqual(3, CharacterFold.IndexOf("見下：參考", "参考"), "found at the end");
        Assert.AreEqual(3, CharacterFold.IndexOf("abc", "", 5), "an empty key is found where the search starts, within the text");
        Assert.AreEqual(1, CharacterFold.IndexOf("abc", "", 1));
        Assert.AreEqual(-1, CharacterFold.IndexOf("參考參考", "参考", 3));
    }

    [TestMethod]
    public void EveryFullWidthAsciiCharacterFoldsToItsAsciiTwinAndNothingBelowTheIdeographsChanges()
    {
        for (var c = '\uFF01'; c <= '\uFF5E'; c++) Assert.AreEqual((char)(c - 0xFEE0), CharacterFold.Fold(c));
        for (var c = '\u0000'; c < '\u3000'; c++) Assert.AreEqual(c, CharacterFold.Fold(c));
        Assert.AreEqual(' ', CharacterFold.Fold('\u3000'));
        Assert.AreEqual('\uFF5F', CharacterFold.Fold('\uFF5F'));
        Assert.AreEqual('、', CharacterFold.Fold('、'));
    }
}
