using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>
/// Completion after <c>Digest.Articles.</c> and <c>Digest.Papers.</c>, through Roslyn's <c>CompletionService</c>:
/// the named members are listed (CJK names as written), each described by what it names and where it is in the
/// archive. Answers read from the seed: <c>#WorldMem</c> is line 2582, <c>#物理图灵测试</c> line 3, CSBrain's
/// metadata block names its title at line 1563, R1-Reward's markdown link to arXiv 2505.02835 is line 2962.
/// </summary>
[TestClass]
public sealed class CompletionTests
{
    private const string Code = """
        using AiDigest;

        internal static class Probe
        {
            public static object Article() => Digest.Articles.WorldMem;

            public static object Paper() => Digest.Papers.CSBrain;
        }
        """;

    [TestMethod]
    public async Task ArticlesListTheirNamedMembersWithTitleLedeAndArchiveLine()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Code);

        var items = await IdeServices.Completion(project.Code, await project.After("Digest.Articles."));

        foreach (var name in new[] { "WorldMem", "物理图灵测试", "CSBrain", "Harmon", "N2025万篇投稿破纪录", "顶尖模型离_科学家_还差得远", "Continuous_Thought_Machine_CTM" })
        {
            Assert.IsTrue(items.ContainsKey(name), name + " is listed");
        }
        Assert.IsTrue(items.ContainsKey("ByTitle") && items.ContainsKey("Count"), "the catalog's own members are listed too");
        var worldMem = items["WorldMem"];
        StringAssert.Contains(worldMem, "WorldMem: 转身世界就变样?WorldMem用记忆让AI生成的世界拥有了一致性", "title and lede");
        StringAssert.Contains(worldMem, ConsumerWorkspace.SeedFileName + ", line 2582", "where it is");
        var physics = items["物理图灵测试"];
        StringAssert.Contains(physics, "物理图灵测试: 机器人的", "title and lede");
        StringAssert.Contains(physics, "英伟达Jim Fan 17分钟演讲揭秘xx Scaling Law");
        StringAssert.Contains(physics, ConsumerWorkspace.SeedFileName + ", line 3");
    }

    [TestMethod]
    public async Task PapersListTheirNamedMembersWithTitleIdsAndArchiveLine()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Code);

        var items = await IdeServices.Completion(project.Code, await project.After("Digest.Papers."));

        Assert.IsTrue(items.ContainsKey("ByArxivId") && items.ContainsKey("WithCode"), "the catalog's own members are listed too");
        var csBrain = items["CSBrain"];
        StringAssert.Contains(csBrain, "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding");
        StringAssert.Contains(csBrain, "2506.23075");
        StringAssert.Contains(csBrain, "https://github.com/yuchen2199/CSBrain");
        StringAssert.Contains(csBrain, ConsumerWorkspace.SeedFileName + ", line 1563");
        var r1Reward = items["Arxiv_2505_02835"];
        StringAssert.Contains(r1Reward, "2505.02835");
        StringAssert.Contains(r1Reward, "https://github.com/yfzhang114/r1_reward");
        StringAssert.Contains(r1Reward, ConsumerWorkspace.SeedFileName + ", line 2962");
    }
}
