using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>
/// Typing in the editor: an edit that does not touch the archive keeps every generated tree (the same objects: the
/// generator's cached steps produced nothing new), and completion still lists the members; an edit to the archive
/// regenerates, and a new article appears in completion.
/// </summary>
[TestClass]
public sealed class GeneratedSourceCachingTests
{
    private const string Code = """
        using AiDigest;

        internal static class Probe
        {
            public static object Article() => Digest.Articles.WorldMem;
        }
        """;

    [TestMethod]
    public async Task AnUnrelatedEditReusesTheGeneratedTreesAndCompletionStillListsTheMembers()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Code);
        var before = await GeneratedTrees(project.Project);

        project.Edit(project.CodeId, Code.Replace("internal static class Probe", "// typed in the editor\ninternal static class Probe"));

        var after = await GeneratedTrees(project.Project);
        Assert.IsTrue(before.Count > 0, "the generator ran");
        CollectionAssert.AreEquivalent(before.Keys.ToList(), after.Keys.ToList(), "the same generated documents");
        foreach (var (path, (tree, text)) in before)
        {
            Assert.AreSame(tree, after[path].Tree, path + ": the same syntax tree");
            Assert.AreSame(text, after[path].Text, path + ": the same text");
        }
        var names = await IdeServices.CompletionNames(project.Code, await project.After("Digest.Articles."));
        Assert.IsTrue(names.Contains("WorldMem") && names.Contains("物理图灵测试"), string.Join(", ", names));
    }

    [TestMethod]
    public async Task AnEditToTheArchiveAddsTheNewArticleToCompletion()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Code);
        var before = await IdeServices.CompletionNames(project.Code, await project.After("Digest.Articles."));
        Assert.IsFalse(before.Contains("IdeProbe新文章"));

        // A new article between the first two of the seed (after line 277, the first "....").
        var seed = ConsumerWorkspace.SeedText;
        var end = seed.IndexOf("\n....\n", System.StringComparison.Ordinal) + "\n....\n".Length;
        project.Edit(project.ArchiveId, seed.Insert(end, "\n#IdeProbe新文章\n\nA lede typed in the editor.\n\nBody text.\n\n....\n"));

        var items = await IdeServices.Completion(project.Code, await project.After("Digest.Articles."));
        Assert.IsTrue(items.ContainsKey("IdeProbe新文章"), string.Join(", ", items.Keys));
        StringAssert.Contains(items["IdeProbe新文章"], "IdeProbe新文章: A lede typed in the editor.");
        StringAssert.Contains(items["IdeProbe新文章"], ConsumerWorkspace.SeedFileName + ", line 279");
        Assert.IsTrue(items.ContainsKey("WorldMem"), "the other articles stay");
        Assert.AreEqual(0, (await project.AnalyzerDiagnostics()).Length);
    }

    private static async Task<Dictionary<string, (SyntaxTree Tree, SourceText Text)>> GeneratedTrees(Project project)
    {
        var trees = new Dictionary<string, (SyntaxTree, SourceText)>();
        foreach (var document in await project.GetSourceGeneratedDocumentsAsync())
        {
            trees[document.FilePath!] = ((await document.GetSyntaxTreeAsync())!, await document.GetTextAsync());
        }
        return trees;
    }
}
