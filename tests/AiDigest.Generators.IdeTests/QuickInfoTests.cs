using System.Linq;
using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>Hovering a named member, through Roslyn's <c>QuickInfoService</c>: the same facts as completion.</summary>
[TestClass]
public sealed class QuickInfoTests
{
    [TestMethod]
    public async Task HoveringANamedArticleShowsTitleLedeAndArchiveLine()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", """
            using AiDigest;

            internal static class Probe
            {
                public static object Article() => Digest.Articles.WorldMem;
            }
            """);

        var sections = await IdeServices.QuickInfo(project.Code, await project.After("Digest.Articles.W"));

        var text = string.Join("\n", sections.Select(s => s.Text));
        StringAssert.Contains(text, "ArticleCatalog.WorldMem", "the symbol");
        StringAssert.Contains(text, "WorldMem: 转身世界就变样?WorldMem用记忆让AI生成的世界拥有了一致性", "title and lede");
        StringAssert.Contains(text, ConsumerWorkspace.SeedFileName + ", line 2582", "where it is");
    }

    [TestMethod]
    public async Task HoveringANamedPaperShowsItsTitleAndCitation()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", """
            using AiDigest;

            internal static class Probe
            {
                public static object Paper() => Digest.Papers.CSBrain;
            }
            """);

        var sections = await IdeServices.QuickInfo(project.Code, await project.After("Digest.Papers.CS"));

        var text = string.Join("\n", sections.Select(s => s.Text));
        StringAssert.Contains(text, "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding");
        StringAssert.Contains(text, ConsumerWorkspace.SeedFileName + ", line 1563");
    }
}
