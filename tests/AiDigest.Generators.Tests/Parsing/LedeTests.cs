using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

[TestClass]
public sealed class LedeTests
{
    [TestMethod]
    public void TheLineAfterTheTitleIsTheLede()
    {
        var article = TestArchive.Article("转身世界就变样?WorldMem用记忆让AI生成的世界拥有了一致性", "本文一作为肖泽琪。");

        Assert.AreEqual("转身世界就变样?WorldMem用记忆让AI生成的世界拥有了一致性", article.Lede);
        Assert.AreEqual(ElementKind.Lede, article.ElementAt(3).Kind);
    }

    [TestMethod]
    public void ALedeMayBeAWholeParagraph()
    {
        var paragraph = "在 2025 年里,业界热衷于用「AI Agents 之年」「推理之年」等方式来形容该年的重要突破。在过去的一年里,LLM 在技术跃迁、应用范式、生态格局、风险治理等方面取得了多项进展,并周期性引起热议。";
        var article = TestArchive.Article(paragraph, "目录", "01. 第一部分", "第一部分");

        Assert.AreEqual(paragraph, article.Lede);
    }

    [TestMethod]
    public void NoLedeWhenTheArticleOpensWithAnImageOrAListIntroduction()
    {
        Assert.IsNull(TestArchive.Article("图片", "正文。").Lede);
        Assert.IsNull(TestArchive.Article("总结一下我最关心的几个点:", "一、混合思维模式", "正文。").Lede);
        Assert.IsNull(TestArchive.Article("  • 论文标题:Something", "  • 论文链接:https://arxiv.org/abs/2505.02835").Lede);
    }
}
