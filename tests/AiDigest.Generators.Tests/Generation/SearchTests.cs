using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Text;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Tests.Generation;

/// <summary><c>Digest.Search</c> over the real seed; the expected lines are where the terms stand in the file.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class SearchTests
{
    private const string Consumer = """
        using System.Linq;
        using AiDigest;

        public static class Probe
        {
            /// <summary>line:field:section heading (or -):article title, one hit per entry.</summary>
            public static string Hits(string query) => string.Join("|", Digest.Search(query).Select(h =>
                h.Line + ":" + h.Field + ":" + (h.Section?.Heading ?? "-") + ":" + h.Article.Title));

            public static string Texts(string query) => string.Join("|", Digest.Search(query).Select(h => h.Text));
        }
        """;

    private static LoadedProbe probe = null!;

    [ClassInitialize]
    public static void Generate(TestContext context) => probe = LoadedProbe.ForSeed(Consumer);

    [ClassCleanup]
    public static void Unload() => probe.Dispose();

    [TestMethod]
    public void AChineseTermInTitleLedeHeadingAndText() => Assert.AreEqual(
        string.Join("|",
            "3:Title:-:物理图灵测试",
            "5:Lede:-:物理图灵测试",
            "11:Text:-:物理图灵测试",
            "13:Text:-:物理图灵测试",
            "27:Text:-:物理图灵测试",
            "29:Heading:物理图灵测试:物理图灵测试",
            "37:Text:物理图灵测试:物理图灵测试",
            "53:Text:物理图灵测试:物理图灵测试",
            "261:Text:展望未来:物理 API:物理图灵测试",
            "265:Text:展望未来:物理 API:物理图灵测试"),
        probe.Text("Hits", "物理图灵测试"));

    [TestMethod]
    public void AnEnglishTermIgnoresCaseAndFindsEveryLineOnce()
    {
        var expected = new[] { 2582, 2584, 2592, 2594, 2596, 2597, 2598, 2599, 2611, 2617, 2621, 2627, 2711, 2719, 2741 };

        var hits = probe.Text("Hits", "WorldMem").Split('|');
        CollectionAssert.AreEqual(expected, hits.Select(h => int.Parse(h.Split(':')[0])).ToArray());
        Assert.IsTrue(hits.All(h => h.EndsWith(":WorldMem")));
        Assert.AreEqual("2582:Title:-:WorldMem", hits[0]);
        Assert.AreEqual("2584:Lede:-:WorldMem", hits[1]);
        Assert.AreEqual("2597:Text:-:WorldMem", hits[5], "https://xizaoqu.github.io/worldmem: lower case in a URL");
        Assert.AreEqual("2611:Text:研究背景:WorldMem", hits[8]);
        Assert.AreEqual("2711:Text:可视化结果:WorldMem", hits[12]);
        Assert.AreEqual("2741:Text:展望:WorldMem", hits[14]);
        Assert.AreEqual(probe.Text("Hits", "WorldMem"), probe.Text("Hits", "worldmem"));
        Assert.AreEqual(probe.Text("Hits", "WorldMem"), probe.Text("Hits", "WORLDMEM"));
    }

    [TestMethod]
    public void HitsCarryTheLineAsWritten()
    {
        var texts = probe.Text("Texts", "Minecraft").Split('|');

        CollectionAssert.AreEqual(
            new[] { "2594:Text:-:WorldMem", "2690:Heading:在 Minecraft 上的结果:WorldMem", "2692:Text:在 Minecraft 上的结果:WorldMem" },
            probe.Text("Hits", "minecraft").Split('|'));
        Assert.AreEqual(3, texts.Length);
        StringAssert.StartsWith(texts[0], "WorldMem 在 Minecraft 数据集上进行了大规模训练");
        Assert.AreEqual("在 Minecraft 上的结果", texts[1]);
        StringAssert.StartsWith(texts[2], "我们在 Minecraft 基准测试中评估了所提方法");
    }

    [TestMethod]
    public void MetadataLinesAreText() => Assert.AreEqual(
        "  • 论文代码:https://github.com/xizaoqu/WorldMem", probe.Text("Texts", "github.com/xizaoqu"));

    [TestMethod]
    [DataRow("")]
    [DataRow("不存在的词语")]
    [DataRow("WorldMem\n转身")]
    public void NoHits(string query) => Assert.AreEqual(string.Empty, probe.Text("Hits", query));

    [TestMethod]
    public void EveryTextLineHasItsArchiveLine()
    {
        var seed = TestArchive.ParseSeed();
        var lines = TestArchive.SeedText.Replace("\r\n", "\n").Split('\n');

        foreach (var article in seed.Articles)
        {
            var numbers = DatasetIndex.TextLineNumbers(article);
            var text = article.Text.Length == 0 ? new string[0] : article.Text.Split('\n');
            Assert.AreEqual(text.Length, numbers.Count, article.Title);
            for (var i = 0; i < text.Length; i++) Assert.AreEqual(lines[numbers[i] - 1], text[i], $"{article.Title}, text line {i}");
            if (article.Lede is not null) Assert.AreEqual(article.Lede, Generators.Text.TextShapes.Trim(text[0]), article.Title);
        }
    }

    [TestMethod]
    public void LineNumbersOfAnArticleWithBlankLinesInsideABlock()
    {
        var archive = TestArchive.Parse("#Code", "", "first line", "", "from torch import nn", "", "    x = nn.Linear(2, 2)", "", "last line", "", "....");
        var numbers = DatasetIndex.TextLineNumbers(archive.Articles.Single());

        CollectionAssert.AreEqual(new[] { 3, 5, 7, 9 }, numbers.ToArray());
        Assert.AreEqual(ElementKind.Code, archive.Articles.Single().ElementAt(5).Kind);
    }
}
