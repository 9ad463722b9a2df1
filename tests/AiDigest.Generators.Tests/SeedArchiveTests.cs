using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests;

/// <summary>The real archive, checked against a reading of the file by hand.</summary>
[TestClass]
public sealed class SeedArchiveTests
{
    private static readonly ArchiveModel Seed = TestArchive.ParseSeed();

    private static ArticleModel Article(string title) => Seed.Articles.Single(a => a.Title == title);

    [TestMethod]
    public void TwentySevenArticlesWithTheirTitlesInOrder()
    {
        var expected = new[]
        {
            "物理图灵测试", "顶尖模型离“科学家”还差得远?", "AlphaGo之父David Silver离职创业",
            "Trustworthy Evaluation of Robotic Manipulation: A New Benchmark and AutoEval Methods", "前OpenAI研究VP宣布创业",
            "Gengram", "Moltbook", "2025 到底是 LLM 的「什么年」?", "MobileDreamer", "用8B模型训练垂直Agent全部细节", "CSBrain",
            "OpenAI科学家Dan Roberts谈强化学习扩展的未来", "Harmon", "只有通过海量测试才能抓住泛化性的本质吗?", "Agent产品,快者为王?",
            "Qwen3 系列大模型亮点解析", "proof assistant", "现在的大学生,不用大模型才是异类", "WorldMem", "CineMaster",
            "CoT(Chain-of-thought)", "R1-Reward", "LEGOGPT", "MCA-Ctrl", "Continuous Thought Machine,CTM", "ViLAMP-7B", "2025万篇投稿破纪录",
        };

        CollectionAssert.AreEqual(expected, Seed.Articles.Select(a => a.Title).ToArray());
        CollectionAssert.AreEqual(Enumerable.Range(0, 27).ToArray(), Seed.Articles.Select(a => a.Index).ToArray());
    }

    [TestMethod]
    public void WellFormedSeedHasNoDiagnostics() =>
        Assert.AreEqual(0, Seed.Diagnostics.Count, string.Join("\n", Seed.Diagnostics.Select(d => d.Id + " line " + (d.Span.StartLine + 1))));

    [TestMethod]
    public void HeaderAndFooter()
    {
        Assert.AreEqual("https://blog.51cto.com/whaosoft/13892529", Seed.SourceUrl);
        Assert.AreEqual(1, Seed.Prologue.Single().Line);
        var footer = Seed.Epilogue.Single();
        Assert.AreEqual(ElementKind.Footer, footer.Kind);
        Assert.AreEqual(3717, footer.Line);
        StringAssert.StartsWith(footer.Text, "Logo\n欢迎加入DeepSeek 技术社区");
        StringAssert.EndsWith(footer.Text, "更多推荐");
    }

    [TestMethod]
    public void ArticleBoundaries()
    {
        var worldMem = Article("WorldMem");
        Assert.AreEqual(2582, worldMem.Line);
        Assert.AreEqual(2765, worldMem.EndLine);
        Assert.AreEqual("转身世界就变样?WorldMem用记忆让AI生成的世界拥有了一致性", worldMem.Lede);
        Assert.AreEqual(3715, Seed.Articles.Last().EndLine);
    }

    [TestMethod]
    public void WorldMemSections()
    {
        var sections = Article("WorldMem").Sections.Select(s => (s.Line, s.Heading)).ToArray();

        CollectionAssert.IsSubsetOf(
            new[] { (2601, "研究背景"), (2615, "方法效果"), (2625, "方法"), (2688, "实验"), (2690, "在 Minecraft 上的结果"), (2735, "展望"), (2743, "参考文献") },
            sections);
        CollectionAssert.Contains(sections, (2635, "条件生成模块——支持交互与持续生成的条件视频生成主干"));
    }

    [TestMethod]
    public void NumberedSectionsOfCsBrain()
    {
        CollectionAssert.AreEqual(
            new[]
            {
                "1:一、脑机接口困境:从「\u00A0专才」到「通才」的范式转变需求",
                "1:二、基础模型赋能:跨尺度、结构感知的脑基础模型 CSBrain",
                "2:1. 跨尺度时空标记化(CST)",
                "2:2. 结构化稀疏注意力(SSA)",
                "1:三、实验亮点与分析",
            },
            Article("CSBrain").Sections.Select(s => s.Level + ":" + s.Heading).ToArray());
    }

    [TestMethod]
    public void PapersOfSeveralArticles()
    {
        var csBrain = Article("CSBrain").Papers.Single();
        Assert.AreEqual("CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding", csBrain.Title);
        Assert.AreEqual("2506.23075", csBrain.ArxivId);
        Assert.AreEqual("https://github.com/yuchen2199/CSBrain", csBrain.CodeUrl);
        Assert.AreEqual(1563, csBrain.Line);

        var harmon = Article("Harmon").Papers.Single();
        Assert.AreEqual("2503.21979", harmon.ArxivId);
        Assert.AreEqual("https://github.com/wusize/Harmon", harmon.CodeUrl);
        Assert.AreEqual("https://wusize.github.io/projects/Harmon", harmon.ProjectUrl);
        Assert.AreEqual("https://huggingface.co/spaces/wusize/Harmon", harmon.DemoUrl);

        var worldMem = Article("WorldMem").Papers.First();
        Assert.AreEqual("WorldMem: Long-term Consistent World Simulation with Memory", worldMem.Title);
        Assert.IsNull(worldMem.ArxivId);
        Assert.AreEqual("https://github.com/xizaoqu/WorldMem", worldMem.CodeUrl);
        Assert.AreEqual("https://huggingface.co/spaces/yslan/worldmem", worldMem.DemoUrl);

        var legoGpt = Article("LEGOGPT").Papers.Single();
        Assert.AreEqual("2505.05469", legoGpt.ArxivId);
        Assert.AreEqual("https://arxiv.org/pdf/2505.05469", legoGpt.PaperUrl);
        Assert.AreEqual("https://avalovelace1.github.io/LegoGPT/", legoGpt.ProjectUrl);

        var r1Reward = Article("R1-Reward").Papers.Single();
        Assert.AreEqual("2505.02835", r1Reward.ArxivId);
        Assert.AreEqual("https://huggingface.co/yifanzhang114/R1-Reward", r1Reward.ModelUrl);
    }

    [TestMethod]
    public void ReferencesOfTheScienceArticleAreSeventeenWithTheirArxivIds()
    {
        var article = Article("顶尖模型离“科学家”还差得远?");

        Assert.AreEqual(17, article.References.Count);
        CollectionAssert.AreEqual(
            new[] { "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪", "⑫", "⑬", "⑭", "⑮", "⑯", "⑰" },
            article.References.Select(r => r.Marker).ToArray());
        CollectionAssert.AreEqual(
            new[] { "2512.16969", "2407.08642", "2508.09874", "2509.08827", "2502.01456", "2505.22617", "2509.15207", "2508.08636", "2509.09674", "2508.15763", "2512.24189", "2507.17311" },
            article.Papers.Select(p => p.ArxivId).Where(id => id is not null).ToArray());
        Assert.AreEqual(17, article.Papers.Count, "every entry cites a paper, five of them without an arXiv id");
        Assert.AreEqual("Attention is all you need", article.Papers[1].Title);
    }

    [TestMethod]
    public void GitHubRepositoriesLinkedByTheArchive()
    {
        var repositories = Seed.Articles.SelectMany(a => a.Links).Select(l => l.Repository).Where(r => r is not null).Distinct().OrderBy(r => r, System.StringComparer.Ordinal).ToArray();

        CollectionAssert.AreEqual(
            new[]
            {
                "AvaLovelace1/LegoGPT", "LogSSim/TERM-Bench", "PhialsBasement/Chain-of-Recursive-Thoughts", "SakanaAI/continuous-thought-machines",
                "steven-ccq/ViLAMP", "teorth/estimate_tools", "teorth/estimates", "wusize/Harmon", "xizaoqu/WorldMem", "yanghan-yh/MCA-Ctrl",
                "yfzhang114/r1_reward", "yuchen2199/CSBrain", "zhejianglab/Gengram",
            },
            repositories);
    }

    [TestMethod]
    public void VideoDurationsAndReferenceLinks()
    {
        Assert.AreEqual("17:33", Article("物理图灵测试").VideoDurations.Single());
        CollectionAssert.AreEqual(new[] { "00:09", "00:09", "00:09" }, Article("WorldMem").VideoDurations.ToArray());
        var moltbook = Article("Moltbook").References;
        Assert.AreEqual(5, moltbook.Count);
        Assert.AreEqual("https://x.com/karpathy/status/2017296988589723767?s=20", moltbook[0].Url);
        Assert.AreEqual("https://x.com/omarsar0/status/1917401353061818478", Article("CoT(Chain-of-thought)").References.Single().Url);
    }

    [TestMethod]
    public void PythonCommentsInTheQwenArticleStayInsideItsCode()
    {
        var qwen = Article("Qwen3 系列大模型亮点解析");

        Assert.AreEqual(2282, qwen.EndLine);
        var code = qwen.ElementAt(2233);
        Assert.AreEqual(ElementKind.Code, code.Kind);
        Assert.IsTrue(code.Line <= 2231 && code.EndLine >= 2276);
    }
}
