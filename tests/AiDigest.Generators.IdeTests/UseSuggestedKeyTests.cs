using System.Linq;
using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>
/// "Use '2505.02835'" on each lookup diagnostic with a suggestion, found through the project's analyzer references
/// and applied through the workspace: the argument becomes the suggested key, in the literal form it was written in.
/// </summary>
[TestClass]
public sealed class UseSuggestedKeyTests
{
    private static string Wrap(string expression) => "using AiDigest;\n\ninternal static class Probe\n{\n    public static object? Run() => " + expression + ";\n}\n";

    [TestMethod]
    [DataRow("AIDG0201", "Digest.Papers.ByArxivId(\"2505.02853\")", "Digest.Papers.ByArxivId(\"2505.02835\")", "2505.02835")]
    [DataRow("AIDG0202", "Digest.Papers.ByRepository(\"xizaoqu/WorldMen\")", "Digest.Papers.ByRepository(\"xizaoqu/WorldMem\")", "xizaoqu/WorldMem")]
    [DataRow("AIDG0203", "Digest.Articles.ByTitle(\"物理图灵测\")", "Digest.Articles.ByTitle(\"物理图灵测试\")", "物理图灵测试")]
    [DataRow("AIDG0204", "Digest.Articles.ById(\"WorldMem\")", "Digest.Articles.ById(\"worldmem\")", "worldmem")]
    [DataRow("AIDG0205", "Digest.Papers.ByTitle(\"CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decodng\")",
        "Digest.Papers.ByTitle(\"CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding\")",
        "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding")]
    [DataRow("AIDG0201", "Digest.Papers.TryGetByArxivId(\"arXiv:2506.23057v2\", out _)", "Digest.Papers.TryGetByArxivId(\"2506.23075\", out _)", "2506.23075")]
    public async Task EachLookupDiagnosticOffersItsSuggestion(string id, string before, string after, string key)
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Wrap(before));
        var diagnostic = (await project.AnalyzerDiagnostics()).Single();
        Assert.AreEqual(id, diagnostic.Id);

        var fix = (await IdeServices.Fixes(project.Code, diagnostic)).Single();
        Assert.AreEqual("Use '" + key + "'", fix.Title);
        await IdeServices.Apply(workspace.Workspace, fix);

        Assert.AreEqual(Wrap(after), await project.CodeText());
        Assert.AreEqual(0, (await project.AnalyzerDiagnostics()).Length, "the lookup now finds its item");
        Assert.AreEqual(0, (await IdeServices.CompilerProblems(project.Project)).Count);
    }

    [TestMethod]
    [DataRow("@\"xizaoqu/WorldMen\"", "@\"xizaoqu/WorldMem\"")]
    [DataRow("\"\"\"xizaoqu/WorldMen\"\"\"", "\"\"\"xizaoqu/WorldMem\"\"\"")]
    [DataRow("\"\"\"\"xizaoqu/WorldMen\"\"\"\"", "\"\"\"\"xizaoqu/WorldMem\"\"\"\"")]
    [DataRow("\"\"\"\n        xizaoqu/WorldMen\n        \"\"\"", "\"\"\"\n        xizaoqu/WorldMem\n        \"\"\"")]
    [DataRow("(\"xizaoqu/\" + \"WorldMen\")", "(\"xizaoqu/WorldMem\")")]
    [DataRow("/* repository */ \"xizaoqu/WorldMen\" /* typo */", "/* repository */ \"xizaoqu/WorldMem\" /* typo */")]
    public async Task TheReplacementKeepsTheLiteralsForm(string before, string after)
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Wrap("Digest.Papers.ByRepository(" + before + ")"));
        var diagnostic = (await project.AnalyzerDiagnostics()).Single();

        await IdeServices.Apply(workspace.Workspace, (await IdeServices.Fixes(project.Code, diagnostic)).Single());

        Assert.AreEqual(Wrap("Digest.Papers.ByRepository(" + after + ")"), await project.CodeText());
        Assert.AreEqual(0, (await IdeServices.CompilerProblems(project.Project)).Count);
    }

    [TestMethod]
    public async Task AVerbatimKeyWithQuotesIsWrittenVerbatim()
    {
        // The seed has no ASCII quote in a key: an archive of one article titled with quotes.
        using var workspace = new ConsumerWorkspace();
        var archive = "#Say \"hello\" twice\n\nThe lede.\n\n....\n";
        var project = workspace.AddProject("App", Wrap("Digest.Articles.ByTitle(@\"Say \"\"hallo\"\" twice\")"), archive: archive);
        var diagnostic = (await project.AnalyzerDiagnostics()).Single();

        await IdeServices.Apply(workspace.Workspace, (await IdeServices.Fixes(project.Code, diagnostic)).Single());

        Assert.AreEqual(Wrap("Digest.Articles.ByTitle(@\"Say \"\"hello\"\" twice\")"), await project.CodeText());
    }

    [TestMethod]
    public async Task NoFixWithoutASuggestion()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Wrap("Digest.Papers.ByArxivId(\"1901.00001\")"));
        var diagnostic = (await project.AnalyzerDiagnostics()).Single();

        Assert.AreEqual(0, (await IdeServices.Fixes(project.Code, diagnostic)).Count);
    }
}
