using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AiDigest.Generators.IdeTests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>
/// The refactoring "Use the named member": a <c>By…</c> lookup with a constant key the dataset has becomes the
/// item's named member, which the compiler checks and which is never null. Members read from the seed's titles
/// (README's naming rules): R1-Reward's paper has only its arXiv id (2505.02835), CSBrain's paper is titled
/// "CSBrain: …" and links github.com/yuchen2199/CSBrain.
/// </summary>
[TestClass]
public sealed class UseNamedMemberTests
{
    private static string Wrap(string expression) => "using AiDigest;\n\ninternal static class Probe\n{\n    public static object? Run() => " + expression + ";\n}\n";

    [TestMethod]
    [DataRow("Digest.Papers.ByArxivId(\"2505.02835\")", "Digest.Papers.Arxiv_2505_02835")]
    [DataRow("Digest.Papers.ByArxivId(\"arXiv:2506.23075v2\")?.Title", "Digest.Papers.CSBrain?.Title")]
    [DataRow("Digest.Papers.ByRepository(\"https://github.com/yuchen2199/CSBrain\")", "Digest.Papers.CSBrain")]
    [DataRow("Digest.Papers.ByTitle(\"CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding\")", "Digest.Papers.CSBrain")]
    [DataRow("Digest.Articles.ByTitle(\" worldmem \")", "Digest.Articles.WorldMem")]
    [DataRow("Digest.Articles.ById(\"物理图灵测试\")", "Digest.Articles.物理图灵测试")]
    [DataRow("Digest.Papers?.ByArxivId(\"2505.02835\")", "Digest.Papers?.Arxiv_2505_02835")]
    public async Task ALookupOfAKnownKeyBecomesTheNamedMember(string before, string after)
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Wrap(before));

        var action = (await Offered(project, "By")).Single();
        await IdeServices.Apply(workspace.Workspace, action);

        Assert.AreEqual(Wrap(after), await project.CodeText());
        await AssertCompilesToANonNullMember(project);
    }

    [TestMethod]
    public async Task AKeywordNamedMemberIsEscaped()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Wrap("Digest.Articles.ByTitle(\"class\")"), archive: "#class\n\nAn article titled with a keyword.\n\n....\n");

        var action = (await Offered(project, "By")).Single();
        Assert.AreEqual("Use the named member '@class'", action.Title);
        await IdeServices.Apply(workspace.Workspace, action);

        Assert.AreEqual(Wrap("Digest.Articles.@class"), await project.CodeText());
        await AssertCompilesToANonNullMember(project);
    }

    [TestMethod]
    [DataRow("Digest.Papers.ByArxivId(\"2505.02853\")", "an unknown key")]
    [DataRow("Digest.Papers.TryGetByArxivId(\"2505.02835\", out _)", "TryGet returns a bool")]
    [DataRow("Digest.Papers.ByArxivId(string.Concat(\"2505.\", \"02835\"))", "not a constant")]
    [DataRow("Digest.Papers.Where(p => p.ArxivId == \"2505.02835\").First()", "not a lookup")]
    public async Task NotOfferedWithoutAKnownConstantLookup(string expression, string why)
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", "using System.Linq;\n" + Wrap(expression));

        Assert.AreEqual(0, (await Offered(project, "Digest.Papers")).Count, why);
    }

    [TestMethod]
    public async Task NotOfferedWhenNamedMembersAreOff()
    {
        using var workspace = new ConsumerWorkspace();
        var project = workspace.AddProject("App", Wrap("Digest.Papers.ByArxivId(\"2505.02835\")"), new Dictionary<string, string> { ["AiDigestNamedMembers"] = "false" });

        Assert.AreEqual(0, (await Offered(project, "By")).Count);
    }

    private static async Task<IReadOnlyList<Microsoft.CodeAnalysis.CodeActions.CodeAction>> Offered(ConsumerProject project, string caretAt) =>
        await IdeServices.Refactorings(project.Code, new TextSpan(await project.At(caretAt) + 1, 0));

    /// <summary>No compiler or analyzer problem, and the member the code now names is not null (its flow state says so).</summary>
    private static async Task AssertCompilesToANonNullMember(ConsumerProject project)
    {
        Assert.AreEqual(0, (await IdeServices.CompilerProblems(project.Project)).Count, string.Join("\n", await IdeServices.CompilerProblems(project.Project)));
        Assert.AreEqual(0, (await project.AnalyzerDiagnostics()).Length);
        var tree = (await project.Code.GetSyntaxTreeAsync())!;
        var model = (await project.Code.GetSemanticModelAsync())!;
        var member = tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>()
            .Single(n => model.GetSymbolInfo(n).Symbol is IFieldSymbol or IPropertySymbol && model.GetSymbolInfo(n).Symbol!.ContainingType.Name is "ArticleCatalog" or "PaperCatalog");
        var expression = member.Parent is MemberAccessExpressionSyntax or MemberBindingExpressionSyntax ? (ExpressionSyntax)member.Parent : member;
        Assert.AreEqual(NullableFlowState.NotNull, model.GetTypeInfo(expression).Nullability.FlowState);
    }
}
