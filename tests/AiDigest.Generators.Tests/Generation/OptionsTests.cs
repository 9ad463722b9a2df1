using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>The MSBuild options <c>AiDigestNamespace</c>, <c>AiDigestClassName</c>, <c>AiDigestAccessibility</c> and <c>AiDigestNamedMembers</c>.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class OptionsTests
{
    private const string Archive = "#Title\n\nbody\n\n....\n";

    [TestMethod]
    public void NamespaceClassNameAndAccessibilityShapeTheApi()
    {
        var harness = new GeneratorHarness
        {
            Consumer = """
                using System.Linq;

                internal static class Probe
                {
                    public static string Titles() => string.Join("|", Acme.News.NewsDigest.Articles.Select(a => a.Title));
                }
                """,
        }
            .WithArchive("/p/seeds/news.txt", Archive)
            .WithProperty("AiDigestNamespace", "Acme.News")
            .WithProperty("AiDigestClassName", "NewsDigest")
            .WithProperty("AiDigestAccessibility", "public");

        var (result, output, diagnostics) = harness.Run();

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
        Assert.AreEqual("Title", GeneratorHarness.Invoke(output, "Titles"));
        var types = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Types.g.cs", System.StringComparison.Ordinal)).ToString();
        StringAssert.Contains(types, "namespace Acme.News");
        StringAssert.Contains(types, "public static partial class NewsDigest");
        StringAssert.Contains(types, "public sealed partial record Article");
        Assert.IsFalse(types.Contains("internal sealed partial"), "every type follows AiDigestAccessibility");
    }

    [TestMethod]
    [DataRow("AiDigestNamespace", "1Bad.Name", "AiDigest")]
    [DataRow("AiDigestNamespace", "Acme..News", "AiDigest")]
    [DataRow("AiDigestClassName", "Article", "Digest")]
    [DataRow("AiDigestClassName", "my class", "Digest")]
    [DataRow("AiDigestAccessibility", "protected", "internal")]
    [DataRow("AiDigestNamedMembers", "sometimes", "true")]
    public void AnInvalidOptionIsReportedAndTheDefaultUsed(string property, string value, string used)
    {
        var harness = new GeneratorHarness().WithArchive("/p/seeds/news.txt", Archive).WithProperty(property, value);

        var (result, output, diagnostics) = harness.Run();

        Assert.IsNull(result.Results.Single().Exception);
        var diagnostic = diagnostics.Single();
        Assert.AreEqual("AIDG0100", diagnostic.Id);
        Assert.AreEqual(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        StringAssert.Contains(diagnostic.GetMessage(), "'" + property + "' has the value '" + value + "'");
        StringAssert.Contains(diagnostic.GetMessage(), "the default '" + used + "' is used");
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count, string.Join("\n", GeneratorHarness.CompileProblems(output)));
        Assert.AreEqual("Title", GeneratorHarness.Invoke(output, "Titles"));
    }

    private const string TwoArticles = "#WorldMem\n\nlede\n\nbody\n\n....\n#Other\n\nmore\n\n....\n";

    [TestMethod]
    public void NamedMembersAreOnByDefault()
    {
        var harness = new GeneratorHarness
        {
            Consumer = """
                internal static class Probe
                {
                    public static string Named() => AiDigest.Digest.Articles.WorldMem.Title;
                }
                """,
        }.WithArchive("/p/seeds/news.txt", TwoArticles);

        var (_, output, diagnostics) = harness.Run();

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
        Assert.AreEqual("WorldMem", GeneratorHarness.Invoke(output, "Named"));
    }

    [TestMethod]
    [DataRow("false")]
    [DataRow(" FALSE ")]
    public void NamedMembersCanBeTurnedOffAndTheCatalogsStillWork(string value)
    {
        var harness = new GeneratorHarness
        {
            Consumer = """
                using System.Linq;

                internal static class Probe
                {
                    public static string Titles() => string.Join("|", AiDigest.Digest.Articles.Select(a => a.Title)) + "|" + AiDigest.Digest.Articles.ByTitle("WorldMem")!.Lede;
                }
                """,
        }.WithArchive("/p/seeds/news.txt", TwoArticles).WithProperty("AiDigestNamedMembers", value);

        var (result, output, diagnostics) = harness.Run();

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
        Assert.AreEqual("WorldMem|Other|lede", GeneratorHarness.Invoke(output, "Titles"));
        var data = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.IsFalse(data.Contains(" WorldMem;", System.StringComparison.Ordinal), "no named member is emitted");
        Assert.IsFalse(data.Contains("partial class ArticleCatalog", System.StringComparison.Ordinal));
        var types = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Types.g.cs", System.StringComparison.Ordinal)).ToString();
        Assert.IsFalse(types.Contains("one member per", System.StringComparison.Ordinal), "the docs do not promise named members");
    }
}
