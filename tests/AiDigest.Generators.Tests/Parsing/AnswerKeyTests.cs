using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// The parser scored against pages read by a person (<c>Fixtures/**/*.key</c>): the seed and every fixture page,
/// held-out pages included. Each test prints the page's scores and what was missed, then holds the page's floors
/// (<c>Fixtures/floors.tsv</c>): no score may fall, and a score that rose must be ratcheted into the floors.
/// </summary>
[TestClass]
public sealed class AnswerKeyTests
{
    private static readonly object FloorsFile = new();

    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object?[]> Pages => ScoreFloors.Pages().Select(page => new object?[] { page.Key, page.Page });

    [TestMethod]
    [DynamicData(nameof(Pages))]
    public void ThePageHoldsItsFloors(string keyFile, string? page)
    {
        var score = Score(keyFile, page);

        // A held-out page's misses are never shown: whoever changes rules sees its scores only.
        TestContext.WriteLine(score.Report(withMisses: !IsHeldOut(keyFile)));

        var mode = Environment.GetEnvironmentVariable(ScoreFloors.Variable);
        if (mode is "ratchet" or "write")
        {
            lock (FloorsFile)
            {
                var floors = ScoreFloors.Load();
                floors.Record(keyFile, score, raiseOnly: mode == "ratchet");
                floors.Save();
            }
        }

        var problems = ScoreFloors.Load().Check(keyFile, score);
        Assert.AreEqual(0, problems.Count, keyFile + ":\n  " + string.Join("\n  ", problems));
    }

    [TestMethod]
    [DynamicData(nameof(Pages))]
    public void AWellFormedPageHasNoDiagnosticsAndEveryArticle(string keyFile, string? page)
    {
        // Held-out pages are never read while rules change, so their misses (diagnostics included) are only measured.
        if (IsHeldOut(keyFile)) return;
        var score = Score(keyFile, page);
        Assert.AreEqual(0, score.Diagnostics.Count, "a well-formed page has no diagnostics: " + string.Join("; ", score.Diagnostics));
        Assert.AreEqual(1.0, score.Articles.Precision, "article boundaries and titles");
        Assert.AreEqual(1.0, score.Articles.Recall, "article boundaries and titles");
    }

    [TestMethod]
    public void EveryFixturePageIsScored()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var pages = Directory.EnumerateFiles(root, "page-*.txt", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'));
        var scored = ScoreFloors.Pages().Select(page => page.Page).ToHashSet();
        CollectionAssert.AreEquivalent(pages.ToList(), scored.Where(page => page is not null).ToList(), "every page has a key and every key a page");
        Assert.IsTrue(scored.Count >= 7, "the seed and the fixture pages");
    }

    [TestMethod]
    public void TheFixturesKeepTheirFullWidthPunctuation()
    {
        // Some tools silently turn full-width punctuation into ASCII; these pages exist to test it.
        foreach (var (_, page) in ScoreFloors.Pages().Where(page => page.Page is not null))
        {
            var text = File.ReadAllText(AnswerKey.FixturePath(page!));
            Assert.IsTrue(text.Count(c => c == '\uFF1A') >= 10, page + " has full-width colons");
            Assert.IsTrue(text.Count(c => c == '\uFF0C') >= 20, page + " has full-width commas");
        }
    }

    private static bool IsHeldOut(string keyFile) => keyFile.StartsWith("held-out/", StringComparison.Ordinal);

    private static KeyScore Score(string keyFile, string? page)
    {
        var archive = page is null
            ? TestArchive.ParseSeed()
            : ArchiveParser.Parse("seeds/" + Path.GetFileName(page), File.ReadAllText(AnswerKey.FixturePath(page)));
        return KeyScore.Of(page ?? TestArchive.SeedFileName, archive, AnswerKey.Load(keyFile));
    }
}
