using System;
using System.IO;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// The parser scored against pages read by a person (<c>Fixtures/*.key</c>): the seed and six pages in the blog's
/// style with other authors' habits. Each test prints the page's scores and what was missed, then holds the floors.
/// </summary>
[TestClass]
public sealed class AnswerKeyTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("seed.key", null)]
    [DataRow("page-a.key", "page-a.txt")]
    [DataRow("page-b.key", "page-b.txt")]
    [DataRow("page-c.key", "page-c.txt")]
    [DataRow("page-d.key", "page-d.txt")]
    [DataRow("page-e.key", "page-e.txt")]
    [DataRow("page-f.key", "page-f.txt")]
    public void ThePageParsesAsItsReaderReadIt(string keyFile, string? page)
    {
        var archive = page is null
            ? TestArchive.ParseSeed()
            : ArchiveParser.Parse("seeds/" + page, File.ReadAllText(AnswerKey.FixturePath(page)));
        var score = KeyScore.Of(page ?? TestArchive.SeedFileName, archive, AnswerKey.Load(keyFile));
        TestContext.WriteLine(score.Report(withMisses: true));

        Assert.AreEqual(1.0, score.Articles.Precision, "article boundaries and titles");
        Assert.AreEqual(1.0, score.Articles.Recall, "article boundaries and titles");
        Assert.AreEqual(0, score.Diagnostics.Count, "a well-formed page has no diagnostics: " + string.Join("; ", score.Diagnostics));
        AtLeast(0.95, score.Sections.Precision, "section precision");
        AtLeast(0.95, score.Sections.Recall, "section recall");
        AtLeast(0.95, score.Levels.Rate, "heading levels");
        AtLeast(0.95, score.Parents.Rate, "heading parents");
        AtLeast(0.95, score.Papers.Precision, "paper precision");
        AtLeast(0.95, score.Papers.Recall, "paper recall");
        AtLeast(0.95, score.UrlRoles.Rate, "paper URL roles");
        AtLeast(0.95, score.PaperTitles.Rate, "paper titles");
        Assert.AreEqual(1.0, score.ArxivIds.Rate, "arXiv ids of papers and references");
        AtLeast(0.95, score.References.Precision, "reference precision");
        AtLeast(0.95, score.References.Recall, "reference recall");
        AtLeast(0.95, score.Ledes.Precision, "lede precision");
        AtLeast(0.95, score.Ledes.Recall, "lede recall");
        Assert.AreEqual(1.0, score.Figures.Precision, "figures are exact");
        Assert.AreEqual(1.0, score.Figures.Recall, "figures are exact");
        Assert.AreEqual(1.0, score.Videos.Precision, "videos are exact");
        Assert.AreEqual(1.0, score.Videos.Recall, "videos are exact");
        AtLeast(0.95, score.Code.Precision, "code block precision");
        AtLeast(0.95, score.Code.Recall, "code block recall");
        AtLeast(0.9, score.Languages.Rate, "code languages");
        Assert.AreEqual(1.0, score.Links.Precision, "links are exact");
        Assert.AreEqual(1.0, score.Links.Recall, "links are exact");
    }

    [TestMethod]
    public void TheFixturesKeepTheirFullWidthPunctuation()
    {
        // Some tools silently turn full-width punctuation into ASCII; these pages exist to test it.
        foreach (var page in new[] { "page-a.txt", "page-b.txt", "page-c.txt", "page-d.txt", "page-e.txt", "page-f.txt" })
        {
            var text = File.ReadAllText(AnswerKey.FixturePath(page));
            Assert.IsTrue(text.Count(c => c == '\uFF1A') >= 10, page + " has full-width colons");
            Assert.IsTrue(text.Count(c => c == '\uFF0C') >= 20, page + " has full-width commas");
        }
    }

    private static void AtLeast(double floor, double value, string what) =>
        Assert.IsTrue(value >= floor, string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}: {1:0.000} is below {2:0.00}", what, value, floor));
}
