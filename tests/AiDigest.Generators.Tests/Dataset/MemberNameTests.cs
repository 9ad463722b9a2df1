using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Tests.Dataset;

/// <summary>The names of the catalogs' members: the rules, the seed, hostile titles, and stability.</summary>
[TestClass]
public sealed class MemberNameTests
{
    private static DatasetIndex Index(params ArchiveModel[] archives) => DatasetIndex.Build(DigestDataset.Build(archives));

    [TestMethod]
    public void TheSeedsArticles() => CollectionAssert.AreEqual(
        new[]
        {
            "物理图灵测试", "顶尖模型离_科学家_还差得远", "AlphaGo之父David_Silver离职创业",
            "Trustworthy_Evaluation_of_Robotic_Manipulation_A_New_Benchmark_and_AutoEval_Methods", "前OpenAI研究VP宣布创业",
            "Gengram", "Moltbook", "N2025_到底是_LLM_的_什么年", "MobileDreamer", "用8B模型训练垂直Agent全部细节", "CSBrain",
            "OpenAI科学家Dan_Roberts谈强化学习扩展的未来", "Harmon", "只有通过海量测试才能抓住泛化性的本质吗", "Agent产品_快者为王",
            "Qwen3_系列大模型亮点解析", "proof_assistant", "现在的大学生_不用大模型才是异类", "WorldMem", "CineMaster",
            "CoT_Chain_of_thought", "R1_Reward", "LEGOGPT", "MCA_Ctrl", "Continuous_Thought_Machine_CTM", "ViLAMP_7B", "N2025万篇投稿破纪录",
        },
        Index(TestArchive.ParseSeed()).ArticleMembers.ToArray());

    [TestMethod]
    public void TheSeedsPapers() => CollectionAssert.AreEqual(
        new[]
        {
            "Probing_Scientific_General_Intelligence_of_LLMs_with_Scientist_Aligned_Workflows", "Attention_is_all_you_need",
            "Towards_building_specialized_generalist_ai_with_system_1_and_system_2_fusion", "Large_language_models_as_biomedical_hypothesis_generators",
            "Building_AGI_through_Specialized_Generalist_AI",
            "Memory_Decoder", "A_survey_of_reinforcement_learning_for_large_reasoning_models", "Process_Reinforcement_through_Implicit_Rewards",
            "The_Entropy_Mechanism_of_Reinforcement_Learning_for_Reasoning_Language_Models", "FlowRL", "TTRL", "InternBootcamp_Technical_Report",
            "SimpleVLA_RL", "Advancing_AI_for_science", "INTERN_S1", "SCP", "A_Self_Evolving_AI_Agent_System_for_Climate_Science",
            "Trustworthy_Evaluation_of_Robotic_Manipulation", "Conditional_Memory_via_Scalable_Lookup", "Gengram", "MobileDreamer", "CSBrain",
            "The_Principles_of_Deep_Learning_Theory", "Harmonizing_Visual_Representations_for_Unified_Multimodal_Understanding_and_Generation",
            "Revisiting_Generalization_Power_of_a_DNN_in_Terms_of_Symbolic_Interactions", "WorldMem", "Genie_2", "The_Matrix", "Diffusion_Forcing",
            "Navigation_World_Models", "Oasis", "Scalable_Diffusion_Models_with_Transformers", "StreamingT2V",
            "Slow_Fast_Learning_for_Action_Conditioned_Long_Video_Generation", "Wan", "HunyuanVideo", "CineMaster",
            "Improving_Factuality_and_Reasoning_in_Language_Models_through_Multiagent_Debate", "Arxiv_2505_02835",
            "Generating_Physically_Stable_and_Buildable_LEGO_Designs_from_Text", "Multi_party_Collaborative_Attention_Control_for_Image_Customization",
            "continuous_thought_machines", "Scaling_Video_Language_Models_to_10K_Frames_via_Hierarchical_Differential_Distillation",
        },
        Index(TestArchive.ParseSeed()).PaperMembers.ToArray());

    [TestMethod]
    [DataRow("WorldMem", "WorldMem")]
    [DataRow("物理图灵测试", "物理图灵测试")]
    [DataRow("2025 回顾", "N2025_回顾")]
    [DataRow("２０２５年", "N２０２５年")]
    [DataRow("class", "class")]
    [DataRow("???", "Article_003F_003F_003F")]
    [DataRow("……", "Article_2026_2026")]
    [DataRow("🚀🚀", "Article_1F680_1F680")]
    [DataRow("🚀 Launch!", "Launch")]
    [DataRow("", "Article_Untitled")]
    [DataRow("C# 入门 (2)", "C_入门_2")]
    [DataRow("__init__", "init")]
    [DataRow("a\u200Bb\u00ADc", "abc")]
    [DataRow("admin\u202E\u2066 if (x)\u2069\u2066", "admin_if_x")]
    [DataRow("\u3164\u115F", "Article_3164_115F")]
    [DataRow("Café au lait", "Café_au_lait")]
    [DataRow("\u0301accent", "N\u0301accent")]
    [DataRow("「引号」与“标点”", "引号_与_标点")]
    [DataRow("Ⅻ 罗马数字", "Ⅻ_罗马数字")]
    public void ArticleBaseNames(string title, string expected) => Assert.AreEqual(expected, MemberNames.ArticleBaseName(title));

    [TestMethod]
    public void LongTitlesAreCut()
    {
        var name = MemberNames.ArticleBaseName(string.Join(" ", Enumerable.Repeat("word", 60)));

        Assert.AreEqual(MemberNames.MaxLength - 1, name.Length, "cut at 100, the trailing _ trimmed");
        Assert.IsTrue(SyntaxFacts.IsValidIdentifier(name));
        Assert.AreEqual(MemberNames.MaxLength, MemberNames.ArticleBaseName(new string('x', 600)).Length);
    }

    [TestMethod]
    public void KeywordsAreEscapedWhereDeclared()
    {
        Assert.AreEqual("@class", MemberNames.Escape("class"));
        Assert.AreEqual("@int", MemberNames.Escape("int"));
        Assert.AreEqual("value", MemberNames.Escape("value"), "contextual keywords are fine as member names");
        Assert.AreEqual("WorldMem", MemberNames.Escape("WorldMem"));
    }

    [TestMethod]
    public void PaperBaseNames()
    {
        Assert.AreEqual("CSBrain", MemberNames.PaperBaseName(Paper("CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model", "2506.23075")));
        Assert.AreEqual("Memory_Decoder", MemberNames.PaperBaseName(Paper("Memory Decoder: A Pretrained Memory", null)));
        Assert.AreEqual("A_survey_of_RL", MemberNames.PaperBaseName(Paper("A survey of RL", null)));
        Assert.AreEqual("论文", MemberNames.PaperBaseName(Paper("论文:副标题", null)));
        Assert.AreEqual("Title", MemberNames.PaperBaseName(Paper(": Title", null)), "nothing before the colon: the whole title");
        Assert.AreEqual("Arxiv_2505_02835", MemberNames.PaperBaseName(Paper(null, "2505.02835")));
        Assert.AreEqual("Arxiv_2501_00001", MemberNames.PaperBaseName(Paper("🚀🚀", "2501.00001")), "a title without letters is no name");
        Assert.AreEqual("Arxiv_hep_th_9901001", MemberNames.PaperBaseName(Paper(null, "hep-th/9901001")));
        Assert.AreEqual("r1_reward", MemberNames.PaperBaseName(Paper(null, null, code: "https://github.com/yfzhang114/r1_reward")));
        Assert.AreEqual("gitee_com_a_b", MemberNames.PaperBaseName(Paper(null, null, code: "https://gitee.com/a/b")));
        Assert.AreEqual("openreview_net_forum_id_abc", MemberNames.PaperBaseName(Paper(null, null, paperUrl: "https://openreview.net/forum?id=abc")));
        Assert.AreEqual("Paper_1F680", MemberNames.PaperBaseName(Paper("🚀", null)));
    }

    [TestMethod]
    public void ReservedNamesGetATrailingUnderscore() => CollectionAssert.AreEqual(
        new[] { "Count_", "ByTitle_", "ArticleCatalog_", "ToString_", "items_", "Get_Count", "Set_X", "Paper", "Article", "PaperCatalog", "ByArxivId" },
        MemberNames.Disambiguate(
            new[] { "Count", "ByTitle", "ArticleCatalog", "ToString", "items", "get_Count", "set_X", "Paper", "Article", "PaperCatalog", "ByArxivId" },
            MemberNames.ArticleCatalogReserved).ToArray());

    [TestMethod]
    public void PaperCatalogReservesItsOwnMembers() => CollectionAssert.AreEqual(
        new[] { "ByArxivId_", "WithCode_", "PaperCatalog_", "TryGetByRepository_", "ArticleCatalog", "ById" },
        MemberNames.Disambiguate(new[] { "ByArxivId", "WithCode", "PaperCatalog", "TryGetByRepository", "ArticleCatalog", "ById" }, MemberNames.PaperCatalogReserved).ToArray());

    [TestMethod]
    public void DuplicatesAreNumberedInDatasetOrderAroundNamesOthersHave() => CollectionAssert.AreEqual(
        new[] { "A", "A_3", "A_2", "A_4", "B", "Count_", "Count__2" },
        MemberNames.Disambiguate(new[] { "A", "A", "A_2", "A", "B", "Count", "Count" }, MemberNames.ArticleCatalogReserved).ToArray());

    [TestMethod]
    public void InsertingAnArticleRenamesNoOtherMember()
    {
        var seedText = TestArchive.SeedText.Replace("\r\n", "\n");
        var before = Names(ArchiveParser.Parse("seeds/" + TestArchive.SeedFileName, seedText), Extra("seeds/zzz.txt", "WorldMem", "Count"));

        // An article inserted before WorldMem, citing a new paper; an archive sorting before the seed; a third WorldMem.
        var inserted = seedText.Replace("#WorldMem\n", "#Inserted article\n\nA lede.\n\n  • 论文名称:Inserted: A paper\n  • 论文地址:https://arxiv.org/abs/2501.00001\n\n....\n\n#WorldMem\n");
        var after = Names(
            ArchiveParser.Parse("seeds/" + TestArchive.SeedFileName, inserted),
            Extra("seeds/zzz.txt", "WorldMem", "Count"),
            Extra("seeds/aaa.txt", "Something new", "Count"));

        foreach (var (key, name) in before.Where(pair => pair.Key != "article zzz.txt Count"))
        {
            Assert.AreEqual(name, after[key], key + " / inserted: " + string.Join(", ", after.Keys.Except(before.Keys)));
        }
        Assert.AreEqual("WorldMem", before["article 000_8b386abc4c2cc943.txt WorldMem"]);
        Assert.AreEqual("WorldMem_2", before["article zzz.txt WorldMem"]);
        Assert.AreEqual("Count_", before["article zzz.txt Count"]);
        Assert.AreEqual("Inserted_article", after["article 000_8b386abc4c2cc943.txt Inserted article"]);
        Assert.AreEqual("Inserted", after["paper Inserted: A paper"]);
        Assert.AreEqual("Count__2", after["article zzz.txt Count"], "the only rename: a same-named article now sorts first");
    }

    [TestMethod]
    [TestCategory("Slow")]
    public void EveryMemberTheCatalogsDeclareIsReserved()
    {
        var harness = new GeneratorHarness().WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);
        var (_, output, _) = harness.Run();
        var index = Index(TestArchive.ParseSeed());

        AssertReserved(output, "AiDigest.ArticleCatalog", index.ArticleMembers, MemberNames.ArticleCatalogReserved);
        AssertReserved(output, "AiDigest.PaperCatalog", index.PaperMembers, MemberNames.PaperCatalogReserved);
    }

    [TestMethod]
    [TestCategory("Slow")]
    public void HostileTitlesCompileAndResolve()
    {
        var titles = new[]
        {
            "class", "2025 回顾", "???", "🚀🚀", "🚀 Launch", "Launch", "Launch_2", "Count", "ArticleCatalog", "get_Count", "Paper", "Article",
            "items", "ToString", "AiDigest", "Digest", "System", "value", "Café", "\u0301accent", string.Join(" ", Enumerable.Repeat("long", 80)),
            "global", "nameof", "var", "field", "dynamic", "paper", "title",
        };
        var archive = string.Join("\n\n", titles.Select((t, i) => "#" + t + "\n\nbody " + i + "\n\n....")) + "\n\n"
            + "#Papers\n\n  • 论文名称:🚀🚀\n  • 论文地址:https://arxiv.org/abs/2501.00001\n\n另一篇论文。\n\n  • 论文名称:Count: a paper\n  • 论文地址:https://arxiv.org/abs/2501.00002\n\n....";
        const string consumer = """
            using System.Linq;
            using AiDigest;

            public static class Probe
            {
                public static string Titles() => string.Join("|",
                    Digest.Articles.@class.Title, Digest.Articles.N2025_回顾.Title, Digest.Articles.Article_003F_003F_003F.Title,
                    Digest.Articles.Article_1F680_1F680.Title, Digest.Articles.Launch.Title, Digest.Articles.Launch_3.Title, Digest.Articles.Launch_2.Title,
                    Digest.Articles.Count_.Title, Digest.Articles.ArticleCatalog_.Title, Digest.Articles.Get_Count.Title, Digest.Articles.Paper.Title,
                    Digest.Articles.Article.Title, Digest.Articles.items_.Title, Digest.Articles.ToString_.Title, Digest.Articles.AiDigest.Title,
                    Digest.Articles.Digest.Title, Digest.Articles.System.Title, Digest.Articles.value.Title, Digest.Articles.Café.Title,
                    Digest.Articles.Ńaccent.Title, Digest.Articles.Count - 7, Digest.Papers.Arxiv_2501_00001.ArxivId, Digest.Papers.Count_.ArxivId,
                    Digest.Articles.ByTitle("Count")!.Line,
                    Digest.Articles.global.Title + Digest.Articles.nameof.Title + Digest.Articles.var.Title + Digest.Articles.field.Title
                    + Digest.Articles.dynamic.Title + Digest.Articles.paper.Title + Digest.Articles.title.Title);
            }
            """;

        foreach (var (version, references) in new[] { (LanguageVersion.Latest, TargetReferences.Net100), (LanguageVersion.CSharp7_3, TargetReferences.NetStandard20) })
        {
            var harness = new GeneratorHarness { Consumer = consumer, LanguageVersion = version, References = references }.WithArchive("/repo/seeds/hostile.txt", archive);
            if (version == LanguageVersion.CSharp7_3)
            {
                harness.Nullable = NullableContextOptions.Disable;
                harness.Consumer = consumer.Replace(")!.Line", ").Line");
            }
            var (_, output, _) = harness.Run();
            var problems = GeneratorHarness.CompileProblems(output);
            Assert.AreEqual(0, problems.Count, version + ":\n" + string.Join("\n", problems.Take(10)));
            if (version == LanguageVersion.Latest)
            {
                Assert.AreEqual(
                    "class|2025 回顾|???|🚀🚀|🚀 Launch|Launch|Launch_2|Count|ArticleCatalog|get_Count|Paper|Article|items|ToString|AiDigest|Digest|System|value|Café|\u0301accent|22|2501.00001|2501.00002|43|globalnameofvarfielddynamicpapertitle",
                    GeneratorHarness.Invoke(output, "Titles"));
            }
        }
    }

    private static PaperModel Paper(string? title, string? arxivId, string? code = null, string? paperUrl = null) =>
        new(title, arxivId, paperUrl, code, null, null, null, 1);

    private static ArchiveModel Extra(string path, params string[] titles) =>
        ArchiveParser.Parse(path, string.Join("\n\n", titles.Select(t => "#" + t + "\n\nbody\n\n....")));

    /// <summary>Every member name, keyed by what it names (articles by archive and title, papers by title or arXiv id).</summary>
    private static Dictionary<string, string> Names(params ArchiveModel[] archives)
    {
        var dataset = DigestDataset.Build(archives);
        var index = DatasetIndex.Build(dataset);
        var names = new Dictionary<string, string>();
        for (var i = 0; i < dataset.Articles.Count; i++) names.Add("article " + dataset.Articles[i].Archive.File.FileName + " " + dataset.Articles[i].Article.Title, index.ArticleMembers[i]);
        for (var i = 0; i < dataset.Papers.Count; i++)
        {
            var paper = dataset.Papers[i].Paper;
            names.Add("paper " + (paper.Title ?? paper.ArxivId ?? paper.CodeUrl), index.PaperMembers[i]);
        }
        return names;
    }

    private static void AssertReserved(Compilation output, string typeName, IReadOnlyList<string> named, IReadOnlyCollection<string> reserved)
    {
        var type = output.GetTypeByMetadataName(typeName)!;
        // The base's members too (Runtime/Catalog.cs) but its private ones, which no named member can hide.
        var bases = new List<ISymbol>();
        for (var b = type.BaseType; b is not null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
        {
            bases.AddRange(b.GetMembers().Where(m => m.DeclaredAccessibility != Accessibility.Private));
        }
        var declared = type.GetMembers().Concat(bases)
            .Where(m => !m.IsImplicitlyDeclared && m.Kind != SymbolKind.Method || m is IMethodSymbol { MethodKind: MethodKind.Ordinary })
            .Where(m => m is not IMethodSymbol { MethodKind: MethodKind.Constructor })
            .Select(m => m is IPropertySymbol { IsIndexer: true } ? "Item" : m.Name)
            .Where(name => !name.Contains('.'))
            .Except(named)
            .Distinct()
            .ToList();

        Assert.IsTrue(declared.Count >= 8, string.Join(",", declared));
        CollectionAssert.IsSubsetOf(declared, reserved.ToList(), typeName + " declares members the naming rules do not reserve: " + string.Join(",", declared.Except(reserved)));
        var objectMembers = new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals" };
        CollectionAssert.IsSubsetOf(objectMembers, reserved.ToList());
        var stale = reserved.Except(declared).Except(objectMembers).Except(MemberNames.FormerCatalogMembers).Where(name => name != type.Name).ToList();
        Assert.AreEqual(0, stale.Count, typeName + " no longer declares these reserved names: " + string.Join(",", stale));
    }
}
