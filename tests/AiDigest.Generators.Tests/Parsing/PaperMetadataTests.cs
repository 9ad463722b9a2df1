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
public sealed class PaperMetadataTests
{
    [TestMethod]
    [DataRow("论文标题:CSBrain: A Cross-scale Model", "Title", "CSBrain: A Cross-scale Model", null)]
    [DataRow("  • 论文地址:https://arxiv.org/abs/2506.23075", "Paper", "https://arxiv.org/abs/2506.23075", "https://arxiv.org/abs/2506.23075")]
    [DataRow("代码地址: https://github.com/wusize/Harmon", "Code", "https://github.com/wusize/Harmon", "https://github.com/wusize/Harmon")]
    [DataRow("Github:https://github.com/steven-ccq/ViLAMP", "Code", "https://github.com/steven-ccq/ViLAMP", "https://github.com/steven-ccq/ViLAMP")]
    [DataRow("  • GitHub 地址:https://github.com/AvaLovelace1/LegoGPT", "Code", "https://github.com/AvaLovelace1/LegoGPT", "https://github.com/AvaLovelace1/LegoGPT")]
    [DataRow("arXiv 地址:https://arxiv.org/pdf/2505.05469", "Paper", "https://arxiv.org/pdf/2505.05469", "https://arxiv.org/pdf/2505.05469")]
    [DataRow("项目主页:https://wusize.github.io/projects/Harmon", "Project", "https://wusize.github.io/projects/Harmon", "https://wusize.github.io/projects/Harmon")]
    [DataRow("在线 Demo: https://huggingface.co/spaces/wusize/Harmon", "Demo", "https://huggingface.co/spaces/wusize/Harmon", "https://huggingface.co/spaces/wusize/Harmon")]
    [DataRow("  • 模型链接: https://huggingface.co/ZhejiangLab/Gengram", "Model", "https://huggingface.co/ZhejiangLab/Gengram", "https://huggingface.co/ZhejiangLab/Gengram")]
    [DataRow("论文名称:WorldMem", "Title", "WorldMem", null)]
    [DataRow("论文地址:", "Paper", "", null)]
    [DataRow("博客地址:https://sakana.ai/ctm/", "Project", "https://sakana.ai/ctm/", "https://sakana.ai/ctm/")]
    [DataRow("技术报告:https://pub.sakana.ai/ctm/paper/index.html", "Paper", "https://pub.sakana.ai/ctm/paper/index.html", "https://pub.sakana.ai/ctm/paper/index.html")]
    [DataRow("- 体验地址: https://huggingface.co/spaces/Qwen/Qwen2.5-VL", "Demo", "https://huggingface.co/spaces/Qwen/Qwen2.5-VL", "https://huggingface.co/spaces/Qwen/Qwen2.5-VL")]
    [DataRow("* 权重:https://huggingface.co/Skywork/Matrix-Game-2.0", "Model", "https://huggingface.co/Skywork/Matrix-Game-2.0", "https://huggingface.co/Skywork/Matrix-Game-2.0")]
    [DataRow("项目地址:https://github.com/SkyworkAI/Matrix-Game", "Code", "https://github.com/SkyworkAI/Matrix-Game", "https://github.com/SkyworkAI/Matrix-Game")]
    [DataRow("项目地址:https://matrix-game-v2.github.io/", "Project", "https://matrix-game-v2.github.io/", "https://matrix-game-v2.github.io/")]
    [DataRow("HuggingFace: https://huggingface.co/spaces/cmu-gil/LegoGPT-Demo", "Demo", "https://huggingface.co/spaces/cmu-gil/LegoGPT-Demo", "https://huggingface.co/spaces/cmu-gil/LegoGPT-Demo")]
    public void KeyValueLinesWithHalfOrFullWidthColons(string line, string field, string value, string? url)
    {
        // The key's colon (the first one) full-width; the value, URLs included, as written.
        var colon = line.IndexOf(':');
        Assert.IsTrue(colon > 0, "every row has a key and a colon");
        var fullWidth = line.Substring(0, colon) + "\uFF1A" + line.Substring(colon + 1);
        foreach (var variant in new[] { line, fullWidth })
        {
            Assert.IsTrue(PaperMetadataLine.TryParse(variant, out var metadata), variant);
            Assert.AreEqual(System.Enum.Parse<PaperField>(field), metadata.Field, variant);
            Assert.AreEqual(value, metadata.Value, variant);
            Assert.AreEqual(url, metadata.Url, variant);
        }
    }

    [TestMethod]
    [DataRow("[📖 arXiv Paper](https://arxiv.org/abs/2505.02835)", "Paper", "https://arxiv.org/abs/2505.02835")]
    [DataRow("[📊 Training Code](https://github.com/yfzhang114/r1_reward)", "Code", "https://github.com/yfzhang114/r1_reward")]
    [DataRow("[🏆 R1-Reward Model](https://huggingface.co/yifanzhang114/R1-Reward)", "Model", "https://huggingface.co/yifanzhang114/R1-Reward")]
    public void MarkdownLinksAreMetadata(string line, string field, string url)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata));
        Assert.AreEqual(System.Enum.Parse<PaperField>(field), metadata.Field);
        Assert.AreEqual(url, metadata.Url);
    }

    [TestMethod]
    [DataRow("[🔗](https://github.com/o/r)", "Code", 5)]
    [DataRow("[link](https://arxiv.org/abs/2505.02835)", "Paper", 7)]
    [DataRow("[link](https://o.github.io/p)", "Project", 7)]
    [DataRow("[try it](https://huggingface.co/spaces/o/d)", "Demo", 9)]
    [DataRow("[weights](https://huggingface.co/o/m)", "Model", 10)]
    [DataRow("  • [Blog](https://sakana.ai/ctm/)", "Project", 11)]
    [DataRow("[Technical Report](https://example.com/report.pdf)", "Paper", 19)]
    [DataRow("[Model Card](https://deepmind.google/models/genie/)", "Model", 13)]
    public void AMarkdownLinkWithoutALabelWordTakesItsFieldFromItsUrl(string line, string field, int column)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata), line);
        Assert.AreEqual(field, metadata.Field.ToString());
        Assert.AreEqual(column, metadata.ValueColumn, "the URL's column in the line");
        Assert.AreEqual(metadata.Url, metadata.Value);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   ")]
    [DataRow("  • ")]
    [DataRow("- ")]
    [DataRow("-")]
    [DataRow("•")]
    [DataRow("[link](https://example.com/page)", DisplayName = "a markdown link to a page that is none of a paper's")]
    [DataRow("[link]https://arxiv.org/abs/2505.02835")]
    [DataRow("[arXiv Paper](见文末)")]
    [DataRow("-论文地址:https://arxiv.org/abs/2505.02835", DisplayName = "a dash glued to the key is no bullet")]
    [DataRow("论文地址是:https://arxiv.org/abs/2505.02835", DisplayName = "not a key")]
    [DataRow("这篇文章的论文地址放在了文末:https://arxiv.org/abs/2505.02835", DisplayName = "the colon too far for a key")]
    public void BlankBulletOnlyAndOtherLinesAreNoMetadata(string line) => Assert.IsFalse(PaperMetadataLine.TryParse(line, out _), line);

    [TestMethod]
    public void TheValueColumnSkipsTheSpacesAfterTheColon()
    {
        Assert.IsTrue(PaperMetadataLine.TryParse("  • 论文地址\uFF1A   https://arxiv.org/abs/2506.23075", out var metadata));
        Assert.AreEqual(12, metadata.ValueColumn);
        Assert.AreEqual("论文地址", metadata.Key);
        Assert.IsTrue(PaperMetadataLine.TryParse("论文地址:", out var empty));
        Assert.AreEqual(5, empty.ValueColumn);
        Assert.AreEqual(string.Empty, empty.Value);
    }

    [TestMethod]
    [DataRow("论文\uFF1ALIMO: Less is More for Reasoning", "LIMO: Less is More for Reasoning", null)]
    [DataRow("论文:《大语言模型的推理能力综述》", "大语言模型的推理能力综述", null)]
    [DataRow("Paper: MiniLLM: Knowledge Distillation of Large Language Models (https://arxiv.org/abs/2306.08543)", "MiniLLM: Knowledge Distillation of Large Language Models", "https://arxiv.org/abs/2306.08543")]
    [DataRow("论文标题:“CSBrain: A Cross-scale Model”", "CSBrain: A Cross-scale Model", null)]
    [DataRow("论文地址:https://arxiv.org/abs/2506.23075", null, "https://arxiv.org/abs/2506.23075")]
    [DataRow("论文:见文末", null, null)]
    [DataRow("Paper: coming soon", null, null)]
    [DataRow("论文:待定", null, null)]
    [DataRow("代码:Gengram Genomic Engram Module", null, null)]
    public void APaperLabelMayNameThePaper(string line, string? title, string? url)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata), line);
        Assert.AreEqual(title, metadata.Title);
        Assert.AreEqual(url, metadata.Url);
    }

    [TestMethod]
    [DataRow("arXiv\uFF1A2504.15895", "2504.15895")]
    [DataRow("- arXiv: 2504.15895v2", "2504.15895")]
    [DataRow("论文\uFF1AarXiv:2504.15895", "2504.15895")]
    [DataRow("论文编号 2504.15895", null)]
    [DataRow("论文地址\uFF1A2504.1589", null)]
    [DataRow("代码\uFF1A2504.15895", null)]
    [DataRow("arXiv\uFF1Ahttps://arxiv.org/abs/2504.15895", null)]
    public void APaperLabelMayGiveAnArxivIdInsteadOfALink(string line, string? id)
    {
        var parsed = PaperMetadataLine.TryParse(line, out var metadata);
        Assert.AreEqual(id, parsed ? metadata.ArxivId : null, line);
    }

    [TestMethod]
    public void AnArxivIdUnderAPaperLabelIsThePapersIdAndNoMissingLink()
    {
        var archive = TestArchive.Parse("#A", "", "导语", "", "第二篇让模型提前退出\u3002", "", "arXiv\uFF1A2504.15895", "", "正文\u3002", "....");

        Assert.AreEqual(0, archive.Diagnostics.Count);
        var paper = archive.Articles.Single().Papers.Single();
        Assert.AreEqual(("2504.15895", (string?)null), (paper.ArxivId, paper.PaperUrl));
    }

    [TestMethod]
    public void ALabelThatNamesThePaperIsNoMissingLinkButOneWithNeitherIs()
    {
        var article = TestArchive.Article("导语", "论文\uFF1ALIMO: Less is More for Reasoning", "正文。", "代码链接:见文末", "正文。");

        Assert.AreEqual("LIMO: Less is More for Reasoning", article.Papers.Single().Title);
        var archive = TestArchive.Parse("#A", "", "导语", "", "论文\uFF1ALIMO: Less is More for Reasoning", "", "代码链接:见文末", "", "正文。", "....");
        var diagnostic = archive.Diagnostics.Single();
        Assert.AreEqual("AIDG0010", diagnostic.Id);
        Assert.AreEqual(6, diagnostic.Span.StartLine);
    }

    [TestMethod]
    public void SeveralBlocksInOneArticleAreSeveralPapers()
    {
        var article = TestArchive.Article(
            "导语",
            "【一】HunyuanWorld 1.0",
            "Paper: HunyuanWorld 1.0: Generating Worlds (https://arxiv.org/abs/2507.21809)",
            "GitHub: https://github.com/Tencent-Hunyuan/HunyuanWorld-1.0",
            "正文。",
            "【二】Matrix-Game 2.0",
            "论文\uFF1AMatrix-Game 2.0: An Interactive World Model",
            "PDF\uFF1Ahttps://arxiv.org/pdf/2508.13009v2",
            "项目地址\uFF1Ahttps://github.com/SkyworkAI/Matrix-Game",
            "在线体验\uFF1Ahttps://matrix-game-v2.github.io/",
            "正文。");

        Assert.AreEqual(2, article.Papers.Count);
        Assert.AreEqual("HunyuanWorld 1.0: Generating Worlds", article.Papers[0].Title);
        Assert.AreEqual("https://github.com/Tencent-Hunyuan/HunyuanWorld-1.0", article.Papers[0].CodeUrl);
        var matrix = article.Papers[1];
        Assert.AreEqual("Matrix-Game 2.0: An Interactive World Model", matrix.Title);
        Assert.AreEqual("2508.13009", matrix.ArxivId);
        Assert.AreEqual("https://github.com/SkyworkAI/Matrix-Game", matrix.CodeUrl);
        Assert.AreEqual("https://matrix-game-v2.github.io/", matrix.DemoUrl);
    }

    [TestMethod]
    [DataRow("原文地址:https://nymag.com/intelligencer/article/x.html")]
    [DataRow("这是一段正文:论文标题很长。")]
    public void OtherLinesAreNotMetadata(string line) => Assert.IsFalse(PaperMetadataLine.TryParse(line, out _));

    [TestMethod]
    public void ABlockBecomesOnePaper()
    {
        var article = TestArchive.Article(
            "导语",
            "  • 论文标题:Trustworthy Evaluation of Robotic Manipulation",
            "  • 论文链接:https://arxiv.org/abs/2601.18723v2",
            "  • 代码链接: https://github.com/LogSSim/TERM-Bench",
            "正文。");

        var paper = article.Papers.Single();
        Assert.AreEqual("Trustworthy Evaluation of Robotic Manipulation", paper.Title);
        Assert.AreEqual("2601.18723", paper.ArxivId);
        Assert.AreEqual("https://arxiv.org/abs/2601.18723v2", paper.PaperUrl);
        Assert.AreEqual("https://github.com/LogSSim/TERM-Bench", paper.CodeUrl);
        Assert.AreEqual(5, paper.Line);
        Assert.AreEqual(ElementKind.PaperMetadata, article.ElementAt(7).Kind);
        Assert.AreEqual(9, article.ElementAt(7).EndLine);
    }

    [TestMethod]
    public void MarkdownLinkBlockBecomesOnePaper()
    {
        var article = TestArchive.Article(
            "导语",
            "[📖 arXiv Paper](https://arxiv.org/abs/2505.02835)",
            "[📊 Training Code](https://github.com/yfzhang114/r1_reward)",
            "[🏆 R1-Reward Model](https://huggingface.co/yifanzhang114/R1-Reward)");

        var paper = article.Papers.Single();
        Assert.AreEqual("2505.02835", paper.ArxivId);
        Assert.AreEqual("https://github.com/yfzhang114/r1_reward", paper.CodeUrl);
        Assert.AreEqual("https://huggingface.co/yifanzhang114/R1-Reward", paper.ModelUrl);
    }

    [TestMethod]
    public void ABlockOfCodeLinksOnlyIsNotAPaper()
    {
        var article = TestArchive.Article("导语", "GitHub 地址:https://github.com/teorth/estimates", "正文。");

        Assert.AreEqual(0, article.Papers.Count);
        Assert.AreEqual("teorth/estimates", article.Links.Single().Repository);
    }

    [TestMethod]
    public void ArxivLinksAndIdsInRunningTextAreCitationsMergedWithTheBlock()
    {
        var article = TestArchive.Article(
            "导语",
            "该书有发布在 arXiv 上的免费版本:https://arxiv.org/abs/2106.10165 。",
            "论文标题:Some Paper",
            "论文地址:https://arxiv.org/abs/2505.01428",
            "正如 arXiv:2505.01428v3 所述,以及 arXiv:2407.08642。");

        CollectionAssert.AreEqual(new[] { "2106.10165", "2505.01428", "2407.08642" }, article.Papers.Select(p => p.ArxivId).ToArray());
        var merged = article.Papers[1];
        Assert.AreEqual("Some Paper", merged.Title);
        Assert.AreEqual(7, merged.Line);
    }

    [TestMethod]
    [DataRow("📄 论文地址：https://arxiv.org/abs/2507.20534", "Paper")]
    [DataRow("  • 💻 代码地址: https://github.com/MoonshotAI/Kimi-K2", "Code")]
    [DataRow("🤗 模型地址：https://huggingface.co/moonshotai/Kimi-K2-Instruct", "Model")]
    [DataRow("▶ Code: https://github.com/o/r", "Code")]
    [DataRow("\u2B50 Demo: https://huggingface.co/spaces/o/d", "Demo")]
    public void APictographBeforeTheKeyMarksTheLineLikeABullet(string line, string field)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata), line);
        Assert.AreEqual(field, metadata.Field.ToString());
    }

    [TestMethod]
    public void APaperLinkRightUnderTheSentenceThatNamesAPaperIsItsLink()
    {
        var article = TestArchive.Article(
            "导语",
            "Physical Intelligence 在论文《π0.5: a Vision-Language-Action Model》中展示了机器人在陌生家庭里做清洁。",
            "论文链接\uFF1Ahttps://arxiv.org/abs/2504.16054",
            "英伟达开源的人形机器人基础模型，采用双系统架构。",
            "论文链接\uFF1Ahttps://arxiv.org/abs/2503.14734");

        Assert.AreEqual(2, article.Papers.Count);
        Assert.AreEqual("π0.5: a Vision-Language-Action Model", article.Papers[0].Title);
        Assert.AreEqual("2504.16054", article.Papers[0].ArxivId);
        Assert.IsNull(article.Papers[1].Title);
    }

    [TestMethod]
    [DataRow("论文链接\uFF5Chttps://arxiv.org/abs/2502.09992", "Paper", "https://arxiv.org/abs/2502.09992")]
    [DataRow("论文地址 | https://arxiv.org/abs/2502.09992", "Paper", "https://arxiv.org/abs/2502.09992")]
    [DataRow("Github \u4E28 https://github.com/princeton-nlp/SimPO", "Code", "https://github.com/princeton-nlp/SimPO")]
    [DataRow("项目主页 \U0001F449 https://ml-gsai.github.io/LLaDA-demo/", "Project", "https://ml-gsai.github.io/LLaDA-demo/")]
    [DataRow("代码 \u2192 https://github.com/o/r", "Code", "https://github.com/o/r")]
    public void ABarOrAPointingMarkSetsAKeyOffFromItsLink(string line, string field, string url)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata), line);
        Assert.AreEqual(System.Enum.Parse<PaperField>(field), metadata.Field, line);
        Assert.AreEqual(url, metadata.Url, line);
    }

    [TestMethod]
    [DataRow("论文 | 作者 | 机构")]
    [DataRow("代码 \U0001F449 见文末")]
    [DataRow("Paper | Code | Demo")]
    public void ABarOrAMarkBeforeAnythingButALinkMakesNoKey(string line) => Assert.IsFalse(PaperMetadataLine.TryParse(line, out _), line);

    [TestMethod]
    public void AnUnlabelledEnglishTitleRightAboveAPapersLinksIsItsTitle()
    {
        var article = TestArchive.Article(
            "导语",
            "学术界已有类似的工作\uFF1A",
            "Large Language Diffusion Models\n论文链接\uFF5Chttps://arxiv.org/abs/2502.09992\n项目主页 \U0001F449 https://ml-gsai.github.io/LLaDA-demo/",
            "正文\u3002");

        var paper = article.Papers.Single();
        Assert.AreEqual("Large Language Diffusion Models", paper.Title);
        Assert.AreEqual("2502.09992", paper.ArxivId);
        Assert.AreEqual("https://ml-gsai.github.io/LLaDA-demo/", paper.ProjectUrl);
        Assert.AreEqual(0, article.Sections.Count, "the title line is the block's, no heading");
        Assert.AreEqual(ElementKind.PaperMetadata, article.ElementAt(9).Kind);
    }

    [TestMethod]
    public void ALineSetApartFromTheBlockOrAboveCodeLinksOnlyIsNoTitle()
    {
        var apart = TestArchive.Article("导语", "正文\u3002", "Large Language Diffusion Models", "论文链接\uFF5Chttps://arxiv.org/abs/2502.09992", "正文\u3002");
        Assert.IsNull(apart.Papers.Single().Title);

        var codeOnly = TestArchive.Article("导语", "正文\u3002", "Qwen Agent Framework\nGithub: https://github.com/QwenLM/Qwen-Agent", "正文\u3002");
        Assert.AreEqual(0, codeOnly.Papers.Count);

        var chinese = TestArchive.Article("导语", "正文\u3002", "扩散语言模型\n论文链接\uFF5Chttps://arxiv.org/abs/2502.09992", "正文\u3002");
        Assert.IsNull(chinese.Papers.Single().Title);
    }
}
