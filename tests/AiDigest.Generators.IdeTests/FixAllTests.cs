using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>Fix All for "Use the suggested key", in a document, a project and a solution, as the light bulb runs it.</summary>
[TestClass]
public sealed class FixAllTests
{
    private const string Typos = """
        using AiDigest;

        internal static class Typos
        {
            public static object?[] Run() => new object?[]
            {
                Digest.Papers.ByArxivId("2505.02853"),
                Digest.Papers.ByArxivId(@"2506.23057"),
                Digest.Papers.ByArxivId("1901.00001"),
                Digest.Articles.ByTitle("WorldMen"),
            };
        }
        """;

    private const string Fixed = """
        using AiDigest;

        internal static class Typos
        {
            public static object?[] Run() => new object?[]
            {
                Digest.Papers.ByArxivId("2505.02835"),
                Digest.Papers.ByArxivId(@"2506.23075"),
                Digest.Papers.ByArxivId("1901.00001"),
                Digest.Articles.ByTitle("WorldMen"),
            };
        }
        """;

    [TestMethod]
    public async Task InDocumentFixesEveryDiagnosticOfTheIdThatHasASuggestion()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Typos);
        var other = project.AddDocument("Other.cs", Typos.Replace("class Typos", "class Others"));

        await FixAll(workspace, project, FixAllScope.Document);

        Assert.AreEqual(Fixed, await project.CodeText(), "both arXiv ids fixed; no suggestion for 1901.00001; the title is another id");
        Assert.AreEqual(Typos.Replace("class Typos", "class Others"), await project.TextOf(other), "another document is left alone");
    }

    [TestMethod]
    public async Task InProjectFixesEveryDocument()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Typos);
        var other = project.AddDocument("Other.cs", Typos.Replace("class Typos", "class Others"));
        var elsewhere = workspace.AddProject("Lib", Typos);

        await FixAll(workspace, project, FixAllScope.Project);

        Assert.AreEqual(Fixed, await project.CodeText());
        Assert.AreEqual(Fixed.Replace("class Typos", "class Others"), await project.TextOf(other));
        Assert.AreEqual(Typos, await elsewhere.CodeText(), "another project is left alone");
    }

    [TestMethod]
    public async Task InSolutionFixesEveryProject()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Typos);
        var library = workspace.AddProject("Lib", Typos);

        await FixAll(workspace, project, FixAllScope.Solution);

        Assert.AreEqual(Fixed, await project.CodeText());
        Assert.AreEqual(Fixed, await library.CodeText());
        Assert.AreEqual(2, (await project.AnalyzerDiagnostics()).Length, "what had no suggestion, or another id, remains");
    }

    /// <summary>Fix All from the first AIDG0201 of the project's source file, with the equivalence key of the fix offered there.</summary>
    private static async Task FixAll(ConsumerWorkspace workspace, ConsumerProject project, FixAllScope scope)
    {
        var diagnostic = (await project.AnalyzerDiagnostics()).OrderBy(d => d.Location.SourceSpan.Start).First();
        Assert.AreEqual("AIDG0201", diagnostic.Id);
        var fix = (await IdeServices.Fixes(project.Code, diagnostic)).Single();
        var provider = IdeServices.CodeFixProviders(project.Project).Single(p => p.FixableDiagnosticIds.Contains(diagnostic.Id));
        var fixAllProvider = provider.GetFixAllProvider()!;
        Assert.IsTrue(fixAllProvider.GetSupportedFixAllScopes().Contains(scope));

        var context = new FixAllContext(project.Code, provider, scope, fix.EquivalenceKey, new[] { diagnostic.Id }, new AnalyzerDiagnosticProvider(), CancellationToken.None);
        var action = await fixAllProvider.GetFixAsync(context);

        Assert.IsNotNull(action);
        await IdeServices.Apply(workspace.Workspace, action);
    }
}
