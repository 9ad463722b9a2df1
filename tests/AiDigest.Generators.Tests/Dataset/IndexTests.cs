using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Runtime;

namespace AiDigest.Generators.Tests.Dataset;

/// <summary>The generated named members and lookups over the real seed, run; answers checked against a reading of the file.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class IndexTests
{
    private const string Consumer = """
        using System.Linq;
        using AiDigest;

        public static class Probe
        {
            static string Show(Paper? p) => p is null ? "null" : (p.Title ?? (p.ArxivId is null ? p.CodeUrl : "arXiv:" + p.ArxivId)) + " @" + p.Line;
            static string Show(Article? a) => a is null ? "null" : a.Title + " @" + a.Line;

            public static string ArxivId(string id) => Show(Digest.Papers.ByArxivId(id));
            public static string Repository(string repository) => Show(Digest.Papers.ByRepository(repository));
            public static string PaperTitle(string title) => Show(Digest.Papers.ByTitle(title));
            public static string ArticleTitle(string title) => Show(Digest.Articles.ByTitle(title));
            public static string ArticleId(string id) => Show(Digest.Articles.ById(id));

            public static string TryGets()
            {
                var found = Digest.Papers.TryGetByArxivId("2506.23075", out var csBrain);
                var missing = Digest.Papers.TryGetByArxivId("2506.23076", out var none);
                var article = Digest.Articles.TryGetById("csbrain", out var csBrainArticle);
                var repository = Digest.Papers.TryGetByRepository("nobody/nothing", out var noRepository);
                return $"{found}:{csBrain!.Title}|{missing}:{none is null}|{article}:{csBrainArticle!.Line}|{repository}:{noRepository is null}";
            }

            public static string NamedMembers() => string.Join("|",
                Digest.Articles.WorldMem.Line,
                Digest.Articles.物理图灵测试.Lede,
                Digest.Articles.N2025万篇投稿破纪录.Line,
                Digest.Articles.Continuous_Thought_Machine_CTM.Id,
                Digest.Papers.CSBrain.ArxivId,
                Digest.Papers.WorldMem.CodeUrl,
                Digest.Papers.Arxiv_2505_02835.CodeUrl,
                Digest.Papers.Arxiv_2505_02835.Articles.Single().Title,
                Digest.Papers.continuous_thought_machines.CodeUrl,
                Digest.Papers.Gengram.Articles.Single().Title);

            public static string CatalogsAreLists()
            {
                System.Collections.Generic.IReadOnlyList<Article> articles = Digest.Articles;
                System.Collections.Generic.IReadOnlyList<Paper> papers = Digest.Papers;
                System.Collections.Generic.IReadOnlyList<Link> links = Digest.Links;
                var same = ReferenceEquals(Digest.Articles[18], Digest.Articles.WorldMem) && ReferenceEquals(Digest.Archives[0].Articles[18], Digest.Articles.WorldMem)
                    && ReferenceEquals(Digest.Papers[21], Digest.Papers.CSBrain) && Digest.Articles.SequenceEqual(articles) && Digest.Articles.Select(a => a.Index).SequenceEqual(Enumerable.Range(0, 27));
                var count = 0;
                foreach (var article in Digest.Articles) count++;
                return $"{articles.Count}|{papers.Count}|{links.Count}|{count}|{same}|{Digest.Articles.Single(a => a.Title == "Harmon").Line}";
            }

            public static string WithCode() => Digest.Papers.WithCode.Count + "|"
                + Digest.Papers.WithCode.SequenceEqual(Digest.Papers.Where(p => p.CodeUrl is not null)) + "|"
                + string.Join(",", Digest.Papers.WithCode.Select(p => p.CodeUrl!.Split('/')[4]));

            public static string LinksByKind() => string.Join("|", System.Enum.GetValues(typeof(LinkKind)).Cast<LinkKind>().Select(kind =>
                kind + ":" + Digest.Links.ByKind(kind).Count + ":" + Digest.Links.ByKind(kind).SequenceEqual(Digest.Links.Where(l => l.Kind == kind))))
                + "|" + Digest.Links.ByKind((LinkKind)99).Count;

            public static string Citing() => string.Join("|", Digest.Papers.Select(p => Digest.Articles.Citing(p).SequenceEqual(p.Articles)).Distinct())
                + "|" + string.Join(",", Digest.Articles.Citing(Digest.Papers.ByArxivId("2512.16969")!).Select(a => a.Title));
        }
        """;

    private static LoadedProbe probe = null!;

    [ClassInitialize]
    public static void Generate(TestContext context) => probe = LoadedProbe.ForSeed(Consumer);

    [ClassCleanup]
    public static void Unload() => probe.Dispose();

    [TestMethod]
    [DataRow("2505.02835", "arXiv:2505.02835 @2962")]
    [DataRow("2505.02835v2", "arXiv:2505.02835 @2962")]
    [DataRow("arXiv:2505.02835", "arXiv:2505.02835 @2962")]
    [DataRow(" ARXIV: 2505.02835v1 ", "arXiv:2505.02835 @2962")]
    [DataRow("2506.23075", "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding @1563")]
    [DataRow("2512.16969", "Probing Scientific General Intelligence of LLMs with Scientist-Aligned Workflows @581")]
    [DataRow("2505.02853", "null")]
    [DataRow("", "null")]
    public void PapersByArxivId(string id, string expected) => Assert.AreEqual(expected, probe.Text("ArxivId", id));

    [TestMethod]
    [DataRow("xizaoqu/WorldMem", "WorldMem: Long-term Consistent World Simulation with Memory @2596")]
    [DataRow("XIZAOQU/worldmem", "WorldMem: Long-term Consistent World Simulation with Memory @2596")]
    [DataRow("https://github.com/xizaoqu/WorldMem", "WorldMem: Long-term Consistent World Simulation with Memory @2596")]
    [DataRow("github.com/xizaoqu/WorldMem.git", "WorldMem: Long-term Consistent World Simulation with Memory @2596")]
    [DataRow("https://github.com/xizaoqu/WorldMem/tree/main?tab=readme", "WorldMem: Long-term Consistent World Simulation with Memory @2596")]
    [DataRow("SakanaAI/continuous-thought-machines", "https://github.com/SakanaAI/continuous-thought-machines/ @3366")]
    [DataRow("yfzhang114/r1_reward", "arXiv:2505.02835 @2962")]
    [DataRow("xizaoqu", "null")]
    [DataRow("xizaoqu/WorldMem2", "null")]
    public void PapersByRepository(string repository, string expected) => Assert.AreEqual(expected, probe.Text("Repository", repository));

    [TestMethod]
    [DataRow("WorldMem", "WorldMem @2582")]
    [DataRow("worldmem", "WorldMem @2582")]
    [DataRow("  物理图灵测试 ", "物理图灵测试 @3")]
    [DataRow("顶尖模型离“科学家”还差得远?", "顶尖模型离“科学家”还差得远? @279")]
    [DataRow("Continuous Thought Machine,CTM", "Continuous Thought Machine,CTM @3348")]
    [DataRow("WorldMem: Long-term Consistent World Simulation with Memory", "null")]
    public void ArticlesByTitle(string title, string expected) => Assert.AreEqual(expected, probe.Text("ArticleTitle", title));

    [TestMethod]
    [DataRow("worldmem", "WorldMem @2582")]
    [DataRow("continuous-thought-machine-ctm", "Continuous Thought Machine,CTM @3348")]
    [DataRow("2025万篇投稿破纪录", "2025万篇投稿破纪录 @3515")]
    [DataRow("WorldMem", "null")]
    public void ArticlesById(string id, string expected) => Assert.AreEqual(expected, probe.Text("ArticleId", id));

    [TestMethod]
    [DataRow("CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding", "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding @1563")]
    [DataRow("csbrain: a cross-scale spatiotemporal brain foundation model for eeg decoding", "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding @1563")]
    [DataRow("CSBrain", "null")]
    public void PapersByTitle(string title, string expected) => Assert.AreEqual(expected, probe.Text("PaperTitle", title));

    [TestMethod]
    public void TryGetVariants() => Assert.AreEqual(
        "True:CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding|False:True|True:1537|False:True", probe.Text("TryGets"));

    [TestMethod]
    public void NamedMembersReadTheRightItems() => Assert.AreEqual(
        "2582|机器人的「物理图灵测试」,英伟达Jim Fan 17分钟演讲揭秘xx Scaling Law|3515|continuous-thought-machine-ctm|2506.23075"
        + "|https://github.com/xizaoqu/WorldMem|https://github.com/yfzhang114/r1_reward|R1-Reward"
        + "|https://github.com/SakanaAI/continuous-thought-machines/|Gengram",
        probe.Text("NamedMembers"));

    [TestMethod]
    public void CatalogsStillBehaveAsReadOnlyLists() => Assert.AreEqual("27|43|" + SeedLinkCount() + "|27|True|1743", probe.Text("CatalogsAreLists"));

    [TestMethod]
    public void PapersWithCode() => Assert.AreEqual(
        "10|True|TERM-Bench,Gengram,CSBrain,Harmon,WorldMem,r1_reward,LegoGPT,MCA-Ctrl,continuous-thought-machines,ViLAMP", probe.Text("WithCode"));

    [TestMethod]
    public void LinksByKindAgreeWithTheirKinds()
    {
        var seed = TestArchive.ParseSeed();
        var expected = string.Join("|", System.Enum.GetValues<LinkKind>().Select(kind =>
            kind + ":" + seed.Articles.Sum(a => a.Links.Count(l => l.Kind == kind)) + ":True")) + "|0";

        Assert.AreEqual(expected, probe.Text("LinksByKind"));
        StringAssert.Contains(expected, "GitHub:");
        Assert.IsTrue(seed.Articles.Sum(a => a.Links.Count(l => l.Kind == LinkKind.GitHub)) >= 10);
    }

    [TestMethod]
    public void ArticlesCitingAPaper() => Assert.AreEqual("True|顶尖模型离“科学家”还差得远?", probe.Text("Citing"));

    [TestMethod]
    public void TheIndexKeysOfTheSeed()
    {
        var index = DatasetIndex.Build(DigestDataset.Build(new[] { TestArchive.ParseSeed() }));

        Assert.AreEqual(27, index.ArticleTitles.Entries.Count);
        Assert.AreEqual(27, index.ArticleIds.Entries.Count);
        CollectionAssert.AreEqual(
            new[] { "2512.16969", "2407.08642", "2508.09874", "2509.08827", "2502.01456", "2505.22617", "2509.15207", "2508.08636", "2509.09674",
                "2508.15763", "2512.24189", "2507.17311", "2601.18723", "2506.23075", "2106.10165", "2503.21979", "2502.10162", "2502.08639",
                "2505.02835", "2505.05469", "2505.01428", "2504.02438" },
            index.ArxivIds.Entries.Select(e => e.Key).ToArray());
        CollectionAssert.AreEqual(
            new[] { "LogSSim/TERM-Bench", "zhejianglab/Gengram", "yuchen2199/CSBrain", "wusize/Harmon", "xizaoqu/WorldMem", "yfzhang114/r1_reward",
                "AvaLovelace1/LegoGPT", "yanghan-yh/MCA-Ctrl", "SakanaAI/continuous-thought-machines", "steven-ccq/ViLAMP" },
            index.Repositories.Entries.Select(e => e.Key).ToArray());
        Assert.AreEqual(40, index.PaperTitles.Entries.Count);
    }

    private static int SeedLinkCount() => TestArchive.ParseSeed().Articles.Sum(a => a.Links.Count);
}
