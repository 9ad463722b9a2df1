using System.Linq;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>Everything a reader calls a cited paper: reference entries, titles named in running text, blocks, links.</summary>
[TestClass]
public sealed class CitedPaperTests
{
    [TestMethod]
    [DataRow("就在 Engram 论文(《Conditional Memory via Scalable Lookup》)发布仅 16 天后", "Conditional Memory via Scalable Lookup")]
    [DataRow("来自中科院和美团的论文“MobileDreamer: Generative Sketch World Model”。", "MobileDreamer: Generative Sketch World Model")]
    [DataRow("这种方法在 2023 年的论文中《Improving Factuality through Multiagent Debate》就出现了。", "Improving Factuality through Multiagent Debate")]
    [DataRow("团队在论文《LIMO: Less is More for Reasoning》中发现", "LIMO: Less is More for Reasoning")]
    [DataRow("The paper \"MiniLLM: Knowledge Distillation\" shows that", "MiniLLM: Knowledge Distillation")]
    [DataRow("a paper titled \"Attention Is All You Need\" started it", "Attention Is All You Need")]
    [DataRow("《Attention Is All You Need》这篇论文提出了 Transformer", "Attention Is All You Need")]
    [DataRow("论文\uFF1A“大语言模型的推理能力综述”", "大语言模型的推理能力综述")]
    public void PapersNamedInRunningText(string line, string title) => CollectionAssert.AreEqual(new[] { title }, RunningTextPapers.Find(line).ToArray());

    [TestMethod]
    [DataRow("他在博客《为什么 Transformer 的这位创造者受够了 Transformer》中写道")]
    [DataRow("以《2025: The year in LLMs》为题,梳理了年度趋势。")]
    [DataRow("Bruno 指出,在论文中「E1689-E2 的所有已知证明都是计算机辅助」这一说法太绝对了。")]
    [DataRow("论文与代码均已开源。")]
    [DataRow("论文《AI》")]
    [DataRow("论文地址见文末")]
    [DataRow("papercopilot.com 的统计")]
    public void NoPaperNamed(string line) => Assert.AreEqual(0, RunningTextPapers.Find(line).Count, line);

    [TestMethod]
    public void ABookWithAnArxivLinkTakesItsNameWithoutTheTranslation()
    {
        var article = TestArchive.Article(
            "导语",
            "Dan Roberts 是研究科学家。他还曾合著了《The Principles of Deep Learning Theory(深度学习理论的原理)》一书,该书有发布在 arXiv 上的免费版本:https://arxiv.org/abs/2106.10165 。他后来加入了 OpenAI。");

        var paper = article.Papers.Single();
        Assert.AreEqual("The Principles of Deep Learning Theory", paper.Title);
        Assert.AreEqual("2106.10165", paper.ArxivId);
    }

    [TestMethod]
    public void AnArxivLinkInASentenceWithTwoNamesOrNoneKeepsNoTitle()
    {
        Assert.IsNull(RunningTextPapers.NamedInSentence("读过《A》和《B》之后,见 https://arxiv.org/abs/2106.10165", 20));
        Assert.IsNull(RunningTextPapers.NamedInSentence("《A Book Title》一书很好。见 https://arxiv.org/abs/2106.10165", 21));
        Assert.AreEqual("A Book Title", RunningTextPapers.NamedInSentence("《A Book Title》一书,见 https://arxiv.org/abs/2106.10165", 19));
    }

    [TestMethod]
    public void ABlockWithoutTitleTakesThePaperNamedBeforeItWhenItsLinksShowTheName()
    {
        var article = TestArchive.Article(
            "导语",
            "论文“DiffuCoder: Understanding Masked Diffusion Models”由苹果和港大完成。",
            "- 论文地址\uFF1Ahttps://arxiv.org/abs/2506.20639\n- 代码地址\uFF1Ahttps://github.com/apple/ml-diffucoder",
            "就在 Engram 论文(《Conditional Memory via Scalable Lookup》)发布 16 天后,团队推出了 Gengram。",
            "  • 代码链接: https://github.com/zhejianglab/Gengram\n  • 论文链接: https://github.com/zhejianglab/Gengram/tree/main/paper");

        Assert.AreEqual(3, article.Papers.Count);
        Assert.AreEqual("DiffuCoder: Understanding Masked Diffusion Models", article.Papers[0].Title);
        Assert.AreEqual("2506.20639", article.Papers[0].ArxivId);
        Assert.AreEqual("https://github.com/apple/ml-diffucoder", article.Papers[0].CodeUrl);
        Assert.AreEqual("Conditional Memory via Scalable Lookup", article.Papers[1].Title);
        Assert.IsNull(article.Papers[1].CodeUrl, "Gengram's links are not Engram's");
        Assert.IsNull(article.Papers[2].Title);
        Assert.AreEqual("https://github.com/zhejianglab/Gengram", article.Papers[2].CodeUrl);
    }

    [TestMethod]
    public void EveryEntryOfAnAcademicReferenceListThatCitesAPaperIsOne()
    {
        var article = TestArchive.Article(
            "导语", "正文。", "References",
            "1. Gu Y, Dong L, Wei F, Huang M. MiniLLM: Knowledge Distillation of Large Language Models. ICLR 2024.",
            "2. Hinton G, Vinyals O, Dean J. Distilling the Knowledge in a Neural Network. arXiv preprint arXiv:1503.02531, 2015.",
            "3. https://github.com/ggml-org/llama.cpp",
            "4. OpenAI. Introducing o3 [EB/OL]. https://openai.com/index/introducing-o3/, 2025.",
            "5. Genie 2: A large-scale foundation world model. 2024.",
            "6. Someone's notes on distillation https://example.com/notes");

        Assert.AreEqual(6, article.References.Count);
        CollectionAssert.AreEqual(
            new[] { "MiniLLM: Knowledge Distillation of Large Language Models", "Distilling the Knowledge in a Neural Network", "Genie 2: A large-scale foundation world model" },
            article.Papers.Select(p => p.Title).ToArray());
        Assert.AreEqual("1503.02531", article.Papers[1].ArxivId);
    }

    [TestMethod]
    public void AnEntryThatNamesItsWorkAsAPaperCitesThatPaper()
    {
        var article = TestArchive.Article(
            "导语", "正文\u3002", "延伸阅读\uFF1A",
            "1. Kimi-Audio 的编码器沿用了 Whisper\uFF0C见 the paper \"Robust Speech Recognition via Large-Scale Weak Supervision\" (https://arxiv.org/abs/2212.04356).",
            "2. 论文《Scaling Laws for Neural Language Models》的解读 https://zhuanlan.zhihu.com/p/1",
            "3. 《语音合成这十年》https://zhuanlan.zhihu.com/p/2");

        Assert.AreEqual(3, article.References.Count);
        CollectionAssert.AreEqual(
            new[] { ("Robust Speech Recognition via Large-Scale Weak Supervision", "2212.04356"), ("Scaling Laws for Neural Language Models", (string?)null) },
            article.Papers.Select(p => (p.Title, p.ArxivId)).ToArray());
    }

    [TestMethod]
    [DataRow("Vaswani A, et al. Attention is all you need [C]// Advances in neural information processing systems, 2017, 30.", "Attention is all you need")]
    [DataRow("Shanghai AI Laboratory. INTERN-S1: A SCIENTIFIC FOUNDATION MODEL [J]. arXiv preprint arXiv:2508.15763, 2025.", "INTERN-S1: A SCIENTIFIC FOUNDATION MODEL")]
    [DataRow("DeepSeek-AI. DeepSeek-V3 Technical Report [R]. arXiv:2412.19437v2, 2024.", "DeepSeek-V3 Technical Report")]
    [DataRow("Chen C, Borgeaud S, Irving G, et al. Accelerating Decoding with Speculative Sampling. arXiv:2302.01318, 2023.", "Accelerating Decoding with Speculative Sampling")]
    [DataRow("Maldacena J. The Large N Limit of Superconformal Field Theories. arXiv:hep-th/9711200, 1997.", "The Large N Limit of Superconformal Field Theories")]
    [DataRow("StreamingT2V: Consistent, Dynamic, and Extendable Long Video Generation. arXiv 2024.", "StreamingT2V: Consistent, Dynamic, and Extendable Long Video Generation")]
    [DataRow("Navigation World Models. CVPR 2025.", "Navigation World Models")]
    [DataRow("Jacobs R A, Jordan M I. Adaptive mixtures of local experts [J]. Neural Computation, 1991, 3(1): 79-87.", "Adaptive mixtures of local experts")]
    [DataRow("Jimenez C E, Yang J, Wettig A, et al. SWE-bench: Can Language Models Resolve Real-World GitHub Issues? ICLR 2024.", "SWE-bench: Can Language Models Resolve Real-World GitHub Issues?")]
    [DataRow("Wettig A, et al. Who Needs Attention? arXiv:2401.01234, 2024.", "Who Needs Attention?")]
    [DataRow("Jiao W, Wang W, Huang J, et al. Is ChatGPT a good translator? Yes with GPT-4 as the engine. arXiv:2301.08745, 2023.", "Is ChatGPT a good translator? Yes with GPT-4 as the engine")]
    [DataRow("https://github.com/ggml-org/llama.cpp", null)]
    [DataRow("Gu Y, Dong L.", null)]
    [DataRow("Just one sentence without a stop", null)]
    [DataRow("See arXiv:2505.02835. More.", null)]
    public void TitlesOfCitations(string entry, string? title) => Assert.AreEqual(title, CitationTitles.TitleOf(entry));

    [TestMethod]
    [DataRow("Gu Y, Dong L, Wei F, Huang M", true)]
    [DataRow("Chen C, Borgeaud S, et al", true)]
    [DataRow("Maldacena J", true)]
    [DataRow("Jacobs R A, Jordan M I, Nowlan S J", true)]
    [DataRow("Genie 2: A large-scale foundation world model", false)]
    [DataRow("StreamingT2V: Consistent, Dynamic, and Extendable", false)]
    [DataRow("et al", false)]
    [DataRow("gu y", false)]
    public void AuthorLists(string sentence, bool authors) => Assert.AreEqual(authors, CitationTitles.IsAuthorList(sentence));
}
