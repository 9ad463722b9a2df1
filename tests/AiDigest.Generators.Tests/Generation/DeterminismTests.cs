using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Input;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.ScaleFixture;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// The generated sources are byte for byte the same whatever the machine: however many threads parse a large
/// archive, whichever path separator its folders use, whatever order the compiler hands the archives over in.
/// </summary>
[TestClass]
public sealed class DeterminismTests
{
    /// <summary>Where two texts first differ, for a failure message that does not print megabytes.</summary>
    private static void AssertSameText(string expected, string actual, string what)
    {
        if (string.Equals(expected, actual, StringComparison.Ordinal)) return;
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Around(string text) => text.Substring(Math.Max(0, at - 40), Math.Min(text.Length, at + 40) - Math.Max(0, at - 40));
        Assert.Fail($"{what}: lengths {expected.Length} and {actual.Length}, first difference at {at}:\n{Around(expected)}\n{Around(actual)}");
    }

    [TestMethod]
    public void AnArchiveParsedOnOneThreadOrOnManyGivesTheSameGeneratedSource()
    {
        const string path = "/r/seeds/pages.txt";
        var text = ScaleArchive.Synthesize(TestArchive.SeedText, 8);
        var harness = new GeneratorHarness().WithArchive(path, text);
        var source = harness.Files.Single().GetText()!;
        Assert.IsTrue(source.Lines.Count >= 20_000, "past the line count from which articles are assembled in parallel");

        var generated = harness.Run().Result.GeneratedTrees.Single(t => t.FilePath.EndsWith(DigestDataEmitter.HintName, StringComparison.Ordinal)).ToString();
        var references = ConsumerFeatures.ReferencesOf(harness.CreateCompilation());
        var options = EmitOptions.From(
            GeneratorOptions.Default, new ConsumerFeatures(ConsumerFeatures.LanguageVersionOf(harness.ParseOptions), references.FrozenCollections, references.NotNullWhen));

        var models = new List<Model.ArchiveModel>();
        foreach (var threads in new[] { 1, 2, 8 })
        {
            var file = ArchiveInput.Describe(path, null, null, source);
            var model = ArchiveParser.Parse(file, ArchiveText.Split(source, file.Encoding, default), default, maxDegreeOfParallelism: threads);
            models.Add(model);
            AssertSameText(generated, DigestDataEmitter.Emit(DigestDataset.Build(new[] { model }), options).Source, threads + " thread(s) against the generator's own run");
        }
        Assert.AreEqual(models[0], models[1], "the model, diagnostics included");
        Assert.AreEqual(models[0], models[2]);
        Assert.AreEqual(8 * 27, models[0].Articles.Count);
    }

    private static string Archive(string tag) => string.Join("\n",
        "页面 https://example.com/" + tag,
        "",
        "#Same title",
        "",
        "每个归档都有这篇文章,论文 https://arxiv.org/abs/2505.02835 也都引用。",
        "",
        "....",
        "",
        "#Only in " + tag,
        "",
        "论文标题:Paper of " + tag,
        "论文地址:https://arxiv.org/abs/2501.0000" + (tag.Length % 10),
        "",
        "....",
        "");

    /// <summary>
    /// Four archives, three with the same file name: their order decides archive names (<c>a</c>, <c>a_2</c>…), article
    /// ids, member names and the order papers are merged in. <c>news</c> and <c>news2</c> order differently when the
    /// separator is compared as written (<c>/</c> before <c>2</c>, <c>\</c> after it).
    /// </summary>
    private static readonly (string Folder, string Name, string Tag)[] Archives =
    {
        ("r/news/seeds", "a.txt", "one"), ("r/news2/seeds", "a.txt", "second"), ("r/News/seeds", "a.txt", "third archive"), ("r/seeds", "b.txt", "b"),
    };

    private static (List<(string HintName, string Text)> Sources, List<string> Diagnostics) Generate(IEnumerable<(string Path, string Text)> archives)
    {
        var harness = new GeneratorHarness();
        foreach (var (path, text) in archives) harness.WithArchive(path, text);
        var (result, output, diagnostics) = harness.Run();
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count);
        var sources = result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        // The diagnostics without their file paths (which do differ), in the order they come.
        var located = diagnostics.Select(d => d.Id + " " + d.GetMessage() + " " + d.Location.GetLineSpan().Span).ToList();
        return (sources, located);
    }

    [TestMethod]
    public void PathSeparatorsAndTheOrderOfTheArchivesDoNotChangeTheGeneratedSources()
    {
        var unix = Archives.Select(a => ("/" + a.Folder + "/" + a.Name, Archive(a.Tag))).ToList();
        var windows = Archives.Select(a => (@"C:\" + a.Folder.Replace('/', '\\') + @"\" + a.Name, Archive(a.Tag))).ToList();

        var expected = Generate(unix);
        Assert.IsTrue(expected.Diagnostics.Count(d => d.StartsWith("AIDG0103", StringComparison.Ordinal)) == 2, string.Join("\n", expected.Diagnostics));
        foreach (var (name, archives) in new[]
        {
            ("Windows paths", windows),
            ("reversed", Enumerable.Reverse(unix).ToList()),
            ("Windows paths, shuffled", new[] { windows[2], windows[0], windows[3], windows[1] }.ToList()),
        })
        {
            var actual = Generate(archives);
            CollectionAssert.AreEqual(expected.Sources.Select(s => s.HintName).ToList(), actual.Sources.Select(s => s.HintName).ToList(), name);
            for (var i = 0; i < expected.Sources.Count; i++)
            {
                AssertSameText(expected.Sources[i].Text, actual.Sources[i].Text, name + ": " + expected.Sources[i].HintName);
                CollectionAssert.AreEqual(Encoding.UTF8.GetBytes(expected.Sources[i].Text), Encoding.UTF8.GetBytes(actual.Sources[i].Text));
            }
            CollectionAssert.AreEquivalent(expected.Diagnostics, actual.Diagnostics, name);
        }
    }
}
