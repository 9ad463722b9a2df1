using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// The principle of <see cref="CitationShapes"/> and <see cref="ReferenceLists.TryTakeRun"/>: a run of citation-shaped
/// lines is a reference list whether or not a heading precedes it, in every common style, and each entry's title is
/// read; a paper cited only there is a paper of the article. Lines of prose that link papers are no such run.
/// </summary>
[TestClass]
public sealed class ReferenceRunTests
{
    [TestMethod]
    public void ApaEntriesWithoutAHeadingAreAReferenceList()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "Cui, G., Zhang, Y., Chen, J., et al. (2025). The entropy mechanism of reinforcement learning for reasoning language models. arXiv preprint arXiv:2505.22617.",
            "Schulman, J., Wolski, F., Dhariwal, P., Radford, A., & Klimov, O. (2017). Proximal policy optimization algorithms. arXiv preprint arXiv:1707.06347.",
            "正文继续。");

        Assert.AreEqual(2, article.References.Count);
        Assert.IsTrue(article.References.All(r => r.Marker is null));
        CollectionAssert.AreEqual(new[] { "ref-apa", "ref-apa" }, article.Elements.Where(e => e.Kind == ElementKind.ReferenceEntry).Select(e => e.Rule).ToArray());
        CollectionAssert.AreEqual(
            new[] { "The entropy mechanism of reinforcement learning for reasoning language models", "Proximal policy optimization algorithms" },
            article.Papers.Select(p => p.Title).ToArray());
        Assert.AreEqual(0, article.Sections.Count, "a run without a heading opens no section");
    }

    [TestMethod]
    public void IeeeEntriesGiveTheQuotedTitleWithoutItsComma()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "[1] A. Rohrbach, L. A. Hendricks, K. Burns, T. Darrell, and K. Saenko, \"Object hallucination in image captioning,\" in Proc. EMNLP, 2018, pp. 4035-4045.",
            "[2] Z. Sun et al., \u201CAligning large multimodal models with factually augmented RLHF,\u201D 2023, arXiv:2309.14525.");

        CollectionAssert.AreEqual(new[] { "[1]", "[2]" }, article.References.Select(r => r.Marker).ToArray());
        CollectionAssert.AreEqual(new[] { "ref-ieee", "ref-ieee" }, article.Elements.Where(e => e.Kind == ElementKind.ReferenceEntry).Select(e => e.Rule).ToArray());
        CollectionAssert.AreEqual(
            new[] { "Object hallucination in image captioning", "Aligning large multimodal models with factually augmented RLHF" },
            article.Papers.Select(p => p.Title).ToArray());
        Assert.AreEqual("2309.14525", article.Papers[1].ArxivId);
    }

    [TestMethod]
    public void MarkdownLinkListsGiveTheLinkTextAsTitle()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "1) [Attention Is All You Need](https://arxiv.org/abs/1706.03762)",
            "2) [Scaling Laws for Neural Language Models](https://arxiv.org/abs/2001.08361)",
            "3) [OpenAI 官方博客](https://openai.com/blog/)");

        Assert.AreEqual(3, article.References.Count);
        CollectionAssert.AreEqual(new[] { "1)", "2)", "3)" }, article.References.Select(r => r.Marker).ToArray());
        CollectionAssert.AreEqual(
            new[] { "Attention Is All You Need", "Scaling Laws for Neural Language Models" },
            article.Papers.Select(p => p.Title).ToArray(),
            "a link to a blog is a reference, not a paper");
        Assert.AreEqual("ref-link", article.ElementAt(9).Rule);
    }

    [TestMethod]
    public void CircledNumberEntriesWithoutAHeading()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "\u2460 Vaswani A, et al. Attention is all you need [C]// Advances in neural information processing systems, 2017.",
            "\u2461 Hu E J, Shen Y, Wallis P, et al. LoRA: Low-rank adaptation of large language models. ICLR 2022.");

        CollectionAssert.AreEqual(new[] { "\u2460", "\u2461" }, article.References.Select(r => r.Marker).ToArray());
        CollectionAssert.AreEqual(new[] { "Attention is all you need", "LoRA: Low-rank adaptation of large language models" }, article.Papers.Select(p => p.Title).ToArray());
    }

    [TestMethod]
    public void ARefsLabelTakesItsBareLinks()
    {
        var article = TestArchive.Article("导语", "正文。", "Refs:", "https://www.unitree.com/g1", "https://arxiv.org/abs/2502.01143");

        Assert.AreEqual(2, article.References.Count);
        Assert.AreEqual("Refs", article.Sections.Single().Heading);
        Assert.AreEqual("ref-heading", article.ElementAt(7).Rule);
    }

    [TestMethod]
    public void TraditionalHeadingsOpenReferenceLists()
    {
        var article = TestArchive.Article("导语", "正文。", "參考文獻：", "[1] Tam Z R, et al. An improved Traditional Chinese evaluation suite [J]. arXiv preprint arXiv:2403.01858, 2024.");

        Assert.AreEqual(1, article.References.Count);
        Assert.AreEqual("參考文獻", article.Sections.Single().Heading);
        Assert.AreEqual("2403.01858", article.Papers.Single().ArxivId);
    }

    [TestMethod]
    public void UnmarkedApaEntriesUnderAHeadingAreEntries()
    {
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "参考文献",
            "Hong, J., Lee, N., & Thorne, J. (2024). ORPO: Monolithic preference optimization without reference model. In Proc. EMNLP. https://doi.org/10.18653/v1/2024.emnlp-main.626",
            "Rafailov, R., et al. (2023). Direct preference optimization: Your language model is secretly a reward model. NeurIPS 36.");

        Assert.AreEqual(2, article.References.Count);
        Assert.AreEqual("https://doi.org/10.18653/v1/2024.emnlp-main.626", article.Papers[0].PaperUrl, "a DOI is the paper's link");
        Assert.AreEqual("ORPO: Monolithic preference optimization without reference model", article.Papers[0].Title);
    }

    [TestMethod]
    public void CircledItemsOfProseThatLinkPapersAreNoReferenceList()
    {
        // A digest's items: sentences in Chinese, each with an arXiv link. They cite papers in running text.
        var article = TestArchive.Article(
            "导语",
            "正文。",
            "\u2460 Agent 的记忆到底该存什么？这篇论文对比了原始轨迹、摘要和反思三种记忆形式。https://arxiv.org/abs/2506.13377",
            "\u2461 多智能体辩论真的比单个模型强吗？作者在 9 个基准上复现后发现，优势主要来自多采样。https://arxiv.org/abs/2506.14102");

        Assert.AreEqual(0, article.References.Count);
        Assert.AreEqual(2, article.Papers.Count);
        Assert.IsTrue(article.Papers.All(p => p.Title is null));
    }

    [TestMethod]
    public void OneCitationAloneOrBareLinksAloneAreNoList()
    {
        var single = TestArchive.Article("导语", "Vaswani, A., et al. (2017). Attention is all you need. NeurIPS.", "正文。");
        Assert.AreEqual(0, single.References.Count, "a run is two or more");

        var links = TestArchive.Article("导语", "正文。", "https://example.com/a", "https://example.com/b");
        Assert.AreEqual(0, links.References.Count, "bare links without a heading or markers are links, not works");
    }

    [TestMethod]
    public void AnEnglishMetadataBlockIsNoReferenceList()
    {
        var article = TestArchive.Article("导语", "Paper: https://arxiv.org/abs/2502.16982", "PDF: https://arxiv.org/pdf/2502.16982v2");

        Assert.AreEqual(0, article.References.Count);
        Assert.AreEqual("2502.16982", article.Papers.Single().ArxivId);
    }

    [TestMethod]
    public void AMetadataBlockOfMarkdownLinksIsNoReferenceList()
    {
        var article = TestArchive.Article(
            "导语",
            "[\U0001F4D6 arXiv Paper](https://arxiv.org/abs/2505.02835)",
            "[\U0001F4CA Training Code](https://github.com/yfzhang114/r1_reward)");

        Assert.AreEqual(0, article.References.Count);
        Assert.AreEqual(ElementKind.PaperMetadata, article.ElementAt(5).Kind);
        Assert.AreEqual("meta-link", article.ElementAt(5).Rule);
    }

    [TestMethod]
    [DataRow("Hong, J., Lee, N., & Thorne, J. (2024). ORPO: Monolithic preference optimization. In Proc. EMNLP.", "Apa")]
    [DataRow("[3] S. Leng et al., \"Mitigating object hallucinations,\" in Proc. CVPR, 2024.", "Ieee")]
    [DataRow("Vaswani A, et al. Attention is all you need [C]// NeurIPS, 2017.", "Tagged")]
    [DataRow("[长视频理解的最新进展](https://example.com/a)", "MarkdownLink")]
    [DataRow("https://arxiv.org/abs/2502.01143", "BareUrl")]
    [DataRow("Gu Y, Dong L. MiniLLM: Knowledge distillation of large language models. ICLR 2024.", "Scholarly")]
    [DataRow("这篇论文提出了新方法，效果很好。https://arxiv.org/abs/2506.13377", "None")]
    [DataRow("2024 年，模型规模继续增长。", "None")]
    [DataRow("论文标题：DAPO: An Open-Source LLM Reinforcement Learning System at Scale", "None")]
    [DataRow("Muon is Scalable for LLM Training https://arxiv.org/abs/2502.16982", "Scholarly")]
    [DataRow("Paper: https://arxiv.org/abs/2502.16982", "None")]
    [DataRow("PDF: https://arxiv.org/pdf/2502.16982v2", "None")]
    public void TheStyleOfALine(string line, string style) => Assert.AreEqual(style, CitationShapes.Of(line).ToString(), line);
}
