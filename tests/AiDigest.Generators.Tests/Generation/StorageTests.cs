using System.Linq;
using System.Text;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.ScaleFixture;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// Body texts stored either way (compiled-in literals, or byte ranges of the archive embedded as a resource) read
/// back exactly as the parser saw them, from the seed up to a hundred pages.
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class StorageTests
{
    private const string Probe = """
        using System.Text;

        internal static class Probe
        {
            public static string Count() => AiDigest.Digest.Articles.Count.ToString();

            public static string Dump(int every)
            {
                var builder = new StringBuilder();
                for (var i = 0; i < AiDigest.Digest.Articles.Count; i += every)
                {
                    var a = AiDigest.Digest.Articles[i];
                    builder.Append(a.Title).Append('\u0001').Append(a.Lede).Append('\u0001').Append(a.Text);
                    foreach (var s in a.Sections) builder.Append('\u0002').Append(s.Heading).Append('\u0003').Append(s.Text);
                    foreach (var l in a.Links) builder.Append('\u0005').Append(l.Url).Append('@').Append(l.Line);
                    builder.Append('\u0004');
                }
                return builder.ToString();
            }
        }
        """;

    private static string Expected(ArchiveModel model, int every)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < model.Articles.Count; i += every)
        {
            var a = model.Articles[i];
            builder.Append(a.Title).Append('\u0001').Append(a.Lede).Append('\u0001').Append(a.Text);
            foreach (var s in a.Sections) builder.Append('\u0002').Append(s.Heading).Append('\u0003').Append(s.Text);
            foreach (var l in a.Links) builder.Append('\u0005').Append(l.Url).Append('@').Append(l.Line);
            builder.Append('\u0004');
        }
        return builder.ToString();
    }

    /// <summary>Generates from <paramref name="text"/> as an embedded archive whose file holds <paramref name="bytes"/>, compiles, loads, and dumps.</summary>
    private static (string Dump, string Count) RunEmbedded(string text, byte[] bytes, int every)
    {
        const string path = "/r/seeds/big.txt";
        const string resource = "AiDigest.Archive.big.txt";
        var harness = new GeneratorHarness { Consumer = Probe }.WithArchive(path, text).WithMetadata(path, "AiDigestResource", resource);
        var (result, output, diagnostics) = harness.Run();
        Assert.IsNull(result.Results.Single().Exception);
        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics.Take(5)));
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Take(5)));
        StringAssert.Contains(result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", System.StringComparison.Ordinal)).ToString(), resource);
        using var probe = new LoadedProbe(output, (resource, bytes));
        return (probe.Text("Dump", every), probe.Text("Count"));
    }

    [TestMethod]
    public void EmbeddedSeedTextsReadBackExactly()
    {
        var text = TestArchive.SeedText;
        var (dump, count) = RunEmbedded(text, Encoding.UTF8.GetBytes(text), every: 1);

        Assert.AreEqual("27", count);
        Assert.AreEqual(Expected(ArchiveParser.Parse("/r/seeds/big.txt", text), 1), dump);
    }

    [TestMethod]
    public void EmbeddedTextsReadBackExactlyFromAFileWithCrlfAndABom()
    {
        var text = TestArchive.SeedText.Replace("\n", "\r\n");
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var (dump, _) = RunEmbedded(text, bytes, every: 1);

        Assert.AreEqual(Expected(TestArchive.ParseSeed(), 1), dump, "the same texts as the LF archive");
    }

    [TestMethod]
    public void AHundredPageArchiveCompilesAndReadsBackASampleExactly()
    {
        var text = ScaleArchive.Synthesize(TestArchive.SeedText, 100);

        var (dump, count) = RunEmbedded(text, Encoding.UTF8.GetBytes(text), every: 97);

        Assert.AreEqual("2700", count);
        var expected = Expected(ArchiveParser.Parse("/r/seeds/big.txt", text), 97);
        Assert.AreEqual(expected, dump);
        StringAssert.Contains(dump, "〔第98页〕", "the sample reaches the last pages");
    }

    [TestMethod]
    public void LiteralTextsTooLargeToCompileAreLeftOutAndReported()
    {
        var text = ScaleArchive.Synthesize(TestArchive.SeedText, 40);
        var harness = new GeneratorHarness { Consumer = Probe }.WithArchive("/r/seeds/big.txt", text);

        var (_, output, diagnostics) = harness.Run();

        var tooLarge = diagnostics.Single(d => d.Id == "AIDG0105");
        Assert.AreEqual("/r/seeds/big.txt", tooLarge.Location.GetLineSpan().Path);
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count);
        using var probe = new LoadedProbe(output);
        Assert.AreEqual("1080", probe.Text("Count"), "everything but the body texts is still there");
        var first = probe.Text("Dump", 1000).Split('\u0004')[0];
        StringAssert.StartsWith(first, "物理图灵测试\u0001机器人的「物理图灵测试」");
    }
}
