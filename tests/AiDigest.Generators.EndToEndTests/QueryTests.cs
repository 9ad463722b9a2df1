using System.Linq;
using AiDigest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.EndToEndTests;

/// <summary>
/// Named members, lookups and search in a real MSBuild build. The project treats warnings as errors, so every
/// constant lookup below also passed the companion analyzer (an unknown key would be AIDG02xx and fail the build).
/// </summary>
[TestClass]
public sealed class QueryTests
{
    [TestMethod]
    public void NamedMembers()
    {
        Assert.AreEqual(2582, Digest.Articles.WorldMem.Line);
        Assert.AreEqual("物理图灵测试", Digest.Articles.物理图灵测试.Title);
        Assert.AreEqual("2025万篇投稿破纪录", Digest.Articles.N2025万篇投稿破纪录.Title);
        Assert.AreEqual("2506.23075", Digest.Papers.CSBrain.ArxivId);
        Assert.AreEqual("R1-Reward", Digest.Papers.Arxiv_2505_02835.Articles.Single().Title);
        Assert.AreSame(Digest.Articles[18], Digest.Articles.WorldMem);
    }

    [TestMethod]
    public void Lookups()
    {
        Assert.AreSame(Digest.Papers.Arxiv_2505_02835, Digest.Papers.ByArxivId("2505.02835"));
        Assert.AreSame(Digest.Papers.Arxiv_2505_02835, Digest.Papers.ByArxivId("arXiv:2505.02835v2"));
        Assert.AreSame(Digest.Papers.WorldMem, Digest.Papers.ByRepository("xizaoqu/WorldMem"));
        Assert.AreSame(Digest.Articles.CSBrain, Digest.Articles.ByTitle("CSBrain"));
        Assert.AreSame(Digest.Articles.Continuous_Thought_Machine_CTM, Digest.Articles.ById("continuous-thought-machine-ctm"));
        Assert.IsTrue(Digest.Papers.TryGetByArxivId("2506.23075", out var csBrain));
        Assert.AreEqual("https://github.com/yuchen2199/CSBrain", csBrain.CodeUrl);
        var unknown = "2505.0283" + "9";
        Assert.IsNull(Digest.Papers.ByArxivId(unknown));
        Assert.AreEqual(10, Digest.Papers.WithCode.Count);
        Assert.IsTrue(Digest.Links.ByKind(LinkKind.GitHub).All(l => l.Kind == LinkKind.GitHub));
        Assert.AreEqual(Digest.Links.Count(l => l.Kind == LinkKind.Arxiv), Digest.Links.ByKind(LinkKind.Arxiv).Count);
    }

    [TestMethod]
    public void Search()
    {
        var chinese = Digest.Search("物理图灵测试");
        var english = Digest.Search("minecraft");

        Assert.AreEqual(10, chinese.Count);
        Assert.AreEqual(SearchField.Title, chinese[0].Field);
        Assert.AreEqual(29, chinese.Single(h => h.Field == SearchField.Heading).Line);
        CollectionAssert.AreEqual(new[] { 2594, 2690, 2692 }, english.Select(h => h.Line).ToArray());
        Assert.AreEqual("在 Minecraft 上的结果", english[2].Section!.Heading);
    }
}
