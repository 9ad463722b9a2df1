using System.Linq;
using AiDigest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.EndToEndTests;

/// <summary>LINQ over the dataset the build compiled from seeds/000_8b386abc4c2cc943.txt: no parsing at run time.</summary>
[TestClass]
public sealed class DatasetQueryTests
{
    [TestMethod]
    public void TheArchiveAndItsArticles()
    {
        var archive = Digest.Archives.Single();

        Assert.AreEqual("000_8b386abc4c2cc943.txt", archive.FileName);
        Assert.AreEqual("_000_8b386abc4c2cc943", archive.Name, "declared with <AiDigestArchive> and no Name: the file name made an identifier");
        Assert.AreEqual("https://blog.51cto.com/whaosoft/13892529", archive.SourceUrl);
        Assert.AreEqual(27, Digest.Articles.Count);
        Assert.AreSame(archive.Articles[26], Digest.Articles[26]);
        Assert.AreEqual("2025万篇投稿破纪录", Digest.Articles.Last().Title);
    }

    [TestMethod]
    public void TheIssueExampleQueries()
    {
        var withCode = Digest.Papers.Where(p => p.CodeUrl is not null).Select(p => p.Title).ToList();
        var worldMem = Digest.Articles.Single(a => a.Title == "WorldMem");
        var headings = worldMem.Sections.Select(s => $"{s.Line}: {s.Heading}").ToList();

        CollectionAssert.Contains(withCode, "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding");
        CollectionAssert.Contains(withCode, "WorldMem: Long-term Consistent World Simulation with Memory");
        CollectionAssert.DoesNotContain(withCode, "CineMaster: A 3D-Aware and Controllable Framework for Cinematic Text-to-Video Generation");
        Assert.AreEqual("2601: 研究背景", headings.First());
        CollectionAssert.Contains(headings, "2743: 参考文献");
    }

    [TestMethod]
    public void PapersKnowTheArticlesThatCiteThem()
    {
        var paper = Digest.Papers.Single(p => p.ArxivId == "2506.23075");
        var citation = paper.Articles.Single().Papers.Single();

        Assert.AreEqual("CSBrain", paper.Articles.Single().Title);
        Assert.AreEqual(paper.Title, citation.Title);
        Assert.AreEqual(1563, citation.Line);
    }

    [TestMethod]
    public void LinksReferencesFiguresAndVideos()
    {
        var repositories = Digest.Links.Where(l => l.Kind == LinkKind.GitHub).Select(l => l.Repository).Distinct().ToList();
        var science = Digest.Articles.Single(a => a.Title == "顶尖模型离“科学家”还差得远?");

        CollectionAssert.Contains(repositories, "xizaoqu/WorldMem");
        Assert.AreEqual(17, science.References.Count);
        Assert.AreEqual("2512.16969", science.References[0].ArxivId);
        Assert.AreEqual("17:33", Digest.Articles[0].VideoDurations.Single());
        Assert.IsTrue(Digest.Articles.Sum(a => a.Figures.Count) > 200);
        Assert.IsTrue(Digest.Articles.SelectMany(a => a.Figures).Any(f => f.Caption == "图一:Linear Probing 和特征图激活"));
    }

    [TestMethod]
    public void BodyTextsAreReadFromTheEmbeddedArchive()
    {
        var resources = typeof(Digest).Assembly.GetManifestResourceNames();
        var worldMem = Digest.Articles.Single(a => a.Title == "WorldMem");
        var background = worldMem.Sections.Single(s => s.Heading == "研究背景");

        CollectionAssert.Contains(resources, "AiDigest.Archive.000_8b386abc4c2cc943.txt", "the package's targets embed the declared archive");
        Assert.IsTrue(worldMem.Text.StartsWith("转身世界就变样?WorldMem用记忆让AI生成的世界拥有了一致性\n本文一作为肖泽琪", System.StringComparison.Ordinal));
        Assert.IsTrue(worldMem.Text.EndsWith("[10] HunyuanVideo: A Systematic Framework For Large Video Generative Models. arXiv 2024.", System.StringComparison.Ordinal));
        Assert.IsTrue(background.Text.StartsWith("世界生成模型在近期受到了广泛关注", System.StringComparison.Ordinal));
        Assert.IsFalse(background.Text.Contains("\n\n", System.StringComparison.Ordinal), "blank lines are dropped");
        Assert.IsTrue(worldMem.Text.Contains(background.Text, System.StringComparison.Ordinal));
    }
}
