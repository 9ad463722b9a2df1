using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// The limits the archive format documents, each built for real: the generated code compiles, nothing is lost, and
/// the diagnostics that are due are there (and no others).
/// </summary>
[TestClass]
public sealed class LimitsTests
{
    private const string Probe = """
        using System.Linq;

        internal static class Probe
        {
            public static string Count() => AiDigest.Digest.Articles.Count.ToString();

            public static string Archives() => string.Join("|", AiDigest.Digest.Archives.Select(a => a.Name + "=" + a.FileName + ":" + a.Articles.Count));

            public static string Article(int index)
            {
                var a = AiDigest.Digest.Articles[index];
                return a.Title + "\u0001" + a.Lede + "\u0001" + a.Text + "\u0001" + string.Join("\u0002", a.Sections.Select(s => s.Heading + "\u0003" + s.Text));
            }

            public static string Ids(int every) => string.Join("|", AiDigest.Digest.Articles.Where((a, i) => i % every == 0).Select(a => a.Id));
        }
        """;

    /// <summary>Runs the generator; the output must compile without a warning and the generator must not throw.</summary>
    private static (ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result, Compilation Output) Generate(GeneratorHarness harness)
    {
        harness.Consumer = Probe;
        var (result, output, diagnostics) = harness.Run();
        Assert.IsNull(result.Results.Single().Exception);
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Take(5)));
        return (diagnostics, result, output);
    }

    /// <summary>A line of about <paramref name="bytes"/> UTF-8 bytes of mixed prose, with no URL or markup to make it anything else.</summary>
    private static string LongLine(int bytes, char tag)
    {
        var unit = tag + "这是一段很长的文字 plain words and 数字 12345 ";
        return string.Concat(Enumerable.Repeat(unit, (bytes / Encoding.UTF8.GetByteCount(unit)) + 1)) + "。";
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void AFourMegabyteLineAsLedeAndAsParagraphBuildsAndReadsBack(bool embedded)
    {
        var lede = LongLine(4 << 20, 'L');
        var paragraph = LongLine(4 << 20, 'P');
        Assert.IsTrue(Encoding.UTF8.GetByteCount(lede) >= 4 << 20);
        var archive = string.Join("\n", "#Long", "", lede, "", "短的一行。", "", paragraph, "", "....", "#Short", "", "body", "....");
        const string path = "/r/seeds/long.txt";
        var harness = new GeneratorHarness().WithArchive(path, archive);
        if (embedded) harness.WithMetadata(path, "AiDigestResource", "AiDigest.Archive.long.txt");

        var (diagnostics, _, output) = Generate(harness);

        using var probe = new LoadedProbe(output, ("AiDigest.Archive.long.txt", Encoding.UTF8.GetBytes(archive)));
        Assert.AreEqual("2", probe.Text("Count"));
        var fields = probe.Text("Article", 0).Split('\u0001');
        Assert.AreEqual("Long", fields[0]);
        Assert.AreEqual(lede, fields[1], "the lede, whole");
        if (embedded)
        {
            Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
            Assert.AreEqual(lede + "\n短的一行。\n" + paragraph, fields[2], "the body, read from the embedded file");
        }
        else
        {
            // More than the 4 million characters of body text that can be compiled in: reported, and the texts left empty.
            Assert.AreEqual("AIDG0105", diagnostics.Single().Id);
            Assert.AreEqual(string.Empty, fields[2]);
        }
        Assert.AreEqual(embedded ? "Short\u0001body\u0001body\u0001" : "Short\u0001body\u0001\u0001", probe.Text("Article", 1), "the archive's other articles");
    }

    [TestMethod]
    public void MegabyteTitlesLedesAndLinksThatWouldOverflowTheStringHeapAreCutAndReported()
    {
        // Each is compiled in more than once (a title in the pool and in the lookup constants), and together they are
        // more than the assembly's 16 MB string heap can hold: CS8103 would fail the build at emit time.
        var title = LongLine(4 << 20, 'T');
        var ledes = new[] { LongLine(4 << 20, 'A'), LongLine(4 << 20, 'B') };
        var url = "https://github.com/owner/" + new string('r', 4 << 20);
        var archive = string.Join("\n", "#" + title, "", ledes[0], "", "....", "#Second", "", ledes[1], "", url, "", "....");
        const string path = "/r/seeds/huge.txt";
        var harness = new GeneratorHarness().WithArchive(path, archive).WithMetadata(path, "AiDigestResource", "AiDigest.Archive.huge.txt");

        var (diagnostics, _, output) = Generate(harness);

        // The emit is what fails when the heap overflows; loading the assembly proves it did not.
        using var probe = new LoadedProbe(output, ("AiDigest.Archive.huge.txt", Encoding.UTF8.GetBytes(archive)));
        var cut = diagnostics.Where(d => d.Id == "AIDG0107").Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.GetMessage())).ToList();
        Assert.IsTrue(cut.Count >= 3 && cut.Count == diagnostics.Length, string.Join("\n", diagnostics));
        // The longest go first, each reported at its line, until the rest fits.
        Assert.IsTrue(cut.Contains((1, $"This title is {title.Length:N0} characters long, and the dataset's texts would not fit in the assembly's string heap (CS8103); it was cut to 100,000 characters in the dataset (the archive keeps it whole)")), string.Join("\n", cut));
        Assert.IsTrue(cut.Any(c => c.Item1 == 3 && c.Item2.StartsWith($"This lede is {ledes[0].Length:N0} characters long", StringComparison.Ordinal)), string.Join("\n", cut));
        Assert.IsTrue(cut.Any(c => c.Item1 == 10 && c.Item2.StartsWith($"This link is {url.Length:N0} characters long", StringComparison.Ordinal)), string.Join("\n", cut));
        var first = probe.Text("Article", 0).Split('\u0001');
        Assert.AreEqual(title.Substring(0, 99_999) + "…", first[0], "the title, cut");
        Assert.AreEqual(ledes[0].Substring(0, 99_999) + "…", first[1], "the lede, cut");
        Assert.AreEqual(ledes[0], first[2], "the body, whole: read from the embedded file");
        Assert.AreEqual(ledes[1] + "\n" + url, probe.Text("Article", 1).Split('\u0001')[2]);
    }

    [TestMethod]
    public void TwentyThousandTinyArticlesBuildWithEveryArticleAndItsNamedMember()
    {
        var archive = string.Concat(Enumerable.Range(0, 20_000).Select(i => "#T" + i + "\n\nbody " + i + "\n....\n"));

        var (diagnostics, result, output) = Generate(new GeneratorHarness().WithArchive("/r/seeds/tiny.txt", archive));

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics.Take(5)));
        using var probe = new LoadedProbe(output);
        Assert.AreEqual("20000", probe.Text("Count"));
        Assert.AreEqual("T19999\u0001body 19999\u0001body 19999\u0001", probe.Text("Article", 19_999));
        Assert.AreEqual("t0|t5000|t10000|t15000", probe.Text("Ids", 5000));
        var data = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", StringComparison.Ordinal)).ToString();
        StringAssert.Contains(data, "public readonly global::AiDigest.Article T19999;");
    }

    [TestMethod]
    public void ATenThousandCharacterTitleBuildsAndReadsBackWhole()
    {
        var title = string.Concat(Enumerable.Range(0, 1000).Select(i => "新标题 title" + (i % 10)));
        Assert.AreEqual(10_000, title.Length);
        var archive = "#" + title + "\n\nbody\n....\n";

        var (diagnostics, result, output) = Generate(new GeneratorHarness().WithArchive("/r/seeds/title.txt", archive));

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
        using var probe = new LoadedProbe(output);
        Assert.AreEqual(title + "\u0001body\u0001body\u0001", probe.Text("Article", 0));
        var data = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", StringComparison.Ordinal)).ToString();
        StringAssert.Contains(data, "/// <summary>" + title + ": body<para>title.txt, line 1.</para></summary>", "the doc shows the whole title, then the lede");
        var member = data.Split('\n').Single(l => l.Contains("public readonly global::AiDigest.Article ", StringComparison.Ordinal)).Trim();
        Assert.AreEqual(100, member.Length - "public readonly global::AiDigest.Article ;".Length, member);
    }

    [TestMethod]
    public void AHundredArchivesThatShareAFileNameAreAllThereNamedApart()
    {
        var harness = new GeneratorHarness();
        for (var i = 0; i < 100; i++)
        {
            harness.WithArchive($"/r/pages/{i:D3}/seeds/news.txt", $"#Page {i}\n\nbody {i}\n....\n#Second on page {i}\n\nmore\n....\n");
        }

        var (diagnostics, _, output) = Generate(harness);

        Assert.AreEqual(99, diagnostics.Count(d => d.Id == "AIDG0103"), "each archive after the first is renamed, and says so");
        Assert.AreEqual(99, diagnostics.Length, string.Join("\n", diagnostics.Where(d => d.Id != "AIDG0103")));
        Assert.AreEqual("/r/pages/001/seeds/news.txt", diagnostics.Single(d => d.GetMessage().Contains("'news_2'", StringComparison.Ordinal)).Location.GetLineSpan().Path);
        using var probe = new LoadedProbe(output);
        Assert.AreEqual("200", probe.Text("Count"));
        var archives = probe.Text("Archives").Split('|');
        CollectionAssert.AreEqual(
            new[] { "news=news.txt:2" }.Concat(Enumerable.Range(2, 99).Select(n => "news_" + n + "=news.txt:2")).ToArray(), archives);
        Assert.AreEqual("Page 99\u0001body 99\u0001body 99\u0001", probe.Text("Article", 198), "folder order: the last folder's archive is the last");
    }

    [TestMethod]
    public void FileNamesWithSpacesBracketsEmojiAndCjkBuildAndTheirEmbeddedTextsReadBack()
    {
        var names = new[] { "新闻 [2025] 🚀 (final).txt", "a b  c.txt", "📰.txt", "[x]{y}.txt", "中文.txt", "it's #1 & 50%.txt" };
        var harness = new GeneratorHarness();
        var resources = names.Select(name => ("AiDigest.Archive." + name, Encoding.UTF8.GetBytes("#" + name + "\n\nbody of " + name + "\n....\n"))).ToArray();
        for (var i = 0; i < names.Length; i++)
        {
            var path = "/r/seeds/" + names[i];
            harness.WithArchive(path, Encoding.UTF8.GetString(resources[i].Item2)).WithMetadata(path, "AiDigestResource", resources[i].Item1);
        }

        var (diagnostics, _, output) = Generate(harness);

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics));
        using var probe = new LoadedProbe(output, resources);
        Assert.AreEqual(
            "_x__y_=[x]{y}.txt:1|a_b__c=a b  c.txt:1|it_s__1___50_=it's #1 & 50%.txt:1|中文=中文.txt:1|新闻__2025______final_=新闻 [2025] 🚀 (final).txt:1|__=📰.txt:1",
            probe.Text("Archives"),
            "in file-name order (ordinal), each named as a C# identifier");
        for (var i = 0; i < names.Length; i++)
        {
            var article = probe.Text("Article", i).Split('\u0001');
            StringAssert.StartsWith(article[2], "body of ", "read from the embedded file");
            Assert.AreEqual("body of " + article[0], article[2]);
        }
    }
}
