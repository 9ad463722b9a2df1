using System.Linq;
using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>
/// The lookup analyzer through the IDE's path: the project's analyzer references, its analyzer options (the archive
/// as an additional file, the options from the analyzer config document), a document's semantic diagnostics.
/// </summary>
[TestClass]
public sealed class LookupDiagnosticTests
{
    [TestMethod]
    public async Task AMisspelledKeyIsReportedAtTheArgumentWithItsSuggestion()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", """
            using AiDigest;

            internal static class Probe
            {
                public static object? Paper() => Digest.Papers.ByArxivId("2505.02853");

                public static object? Article() => Digest.Articles.ByTitle("物理图灵测");

                public static object? Known() => Digest.Papers.ByRepository("xizaoqu/WorldMem");
            }
            """);

        var diagnostics = (await project.AnalyzerDiagnostics()).OrderBy(d => d.Location.SourceSpan.Start).ToList();

        Assert.AreEqual(2, diagnostics.Count, string.Join("\n", diagnostics));
        var text = await project.CodeText();
        Assert.AreEqual("AIDG0201", diagnostics[0].Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, diagnostics[0].Severity);
        Assert.AreEqual("\"2505.02853\"", text.Substring(diagnostics[0].Location.SourceSpan.Start, diagnostics[0].Location.SourceSpan.Length));
        Assert.AreEqual("2505.02835", diagnostics[0].Properties["Suggestion"]);
        Assert.AreEqual("AIDG0203", diagnostics[1].Id);
        Assert.AreEqual("\"物理图灵测\"", text.Substring(diagnostics[1].Location.SourceSpan.Start, diagnostics[1].Location.SourceSpan.Length));
        Assert.AreEqual("物理图灵测试", diagnostics[1].Properties["Suggestion"]);
        Assert.AreEqual(0, (await IdeServices.CompilerProblems(project.Project)).Count, "the consumer compiles cleanly");
    }

    [TestMethod]
    public async Task TheAnalyzerReadsTheOptionsOfTheAnalyzerConfigDocument()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", """
            internal static class Probe
            {
                public static object? Paper() => Acme.News.NewsDigest.Papers.ByArxivId("2505.02853");
            }
            """,
            new System.Collections.Generic.Dictionary<string, string> { ["AiDigestNamespace"] = "Acme.News", ["AiDigestClassName"] = "NewsDigest" });

        var diagnostic = (await project.AnalyzerDiagnostics()).Single();

        Assert.AreEqual("AIDG0201", diagnostic.Id);
        Assert.AreEqual(0, (await IdeServices.CompilerProblems(project.Project)).Count, "the dataset is generated under the configured names");
    }
}
