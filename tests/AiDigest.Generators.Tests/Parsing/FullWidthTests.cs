using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiDigest.Generators.Model;
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
/// Pages written with full-width punctuation parse as their ASCII twins. The seed happens to use ASCII punctuation
/// throughout; turned full-width where an author typing Chinese would (punctuation next to a Chinese character),
/// it must give the same dataset but for the punctuation of its texts.
/// </summary>
[TestClass]
public sealed class FullWidthTests
{
    private const string Ascii = ":,();?!";

    // Written as escapes: some tools silently turn full-width characters into ASCII.
    private const string FullWidth = "\uFF1A\uFF0C\uFF08\uFF09\uFF1B\uFF1F\uFF01";

    [TestMethod]
    public void TheSeedWithFullWidthPunctuationGivesTheSameDataset()
    {
        var ascii = TestArchive.ParseSeed();
        var text = ToFullWidth(TestArchive.SeedText, ascii);
        Assert.IsTrue(text.Count(c => c == '\uFF1A') > 300 && text.Count(c => c == '\uFF0C') > 1000, "the seed's punctuation was turned full-width");

        var fullWidth = ArchiveParser.Parse("seeds/" + TestArchive.SeedFileName, text);

        CollectionAssert.AreEqual(Facts(ascii).ToList(), Facts(fullWidth).ToList());
    }

    [TestMethod]
    [DataRow("论文地址\uFF1Ahttps://arxiv.org/abs/2505.02835", "Paper")]
    [DataRow("  \u2022 代码链接\uFF1A https://github.com/o/r", "Code")]
    public void FullWidthColonsMakeMetadata(string line, string field)
    {
        Assert.IsTrue(PaperMetadataLine.TryParse(line, out var metadata));
        Assert.AreEqual(field, metadata.Field.ToString());
    }

    [TestMethod]
    public void FullWidthArxivMentionsAreFound() =>
        Assert.AreEqual("2505.02835", ArxivMentions.FindMentions("论文见 arXiv\uFF1A2505.02835\uFF0C代码已开源").Single().Id);

    /// <summary>ASCII punctuation next to a Chinese character turned full-width, outside code blocks.</summary>
    private static string ToFullWidth(string text, ArchiveModel model)
    {
        var code = new HashSet<int>(model.Articles.SelectMany(a => a.CodeBlocks).SelectMany(c => Enumerable.Range(c.Line, c.EndLine - c.Line + 1)));
        var lines = text.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            if (code.Contains(n + 1)) continue;
            var line = new StringBuilder(lines[n]);
            for (var i = 0; i < line.Length; i++)
            {
                var at = Ascii.IndexOf(line[i]);
                if (at >= 0 && (IsChinese(line, i - 1) || IsChinese(line, i + 1))) line[i] = FullWidth[at];
            }
            lines[n] = line.ToString();
        }
        return string.Join("\n", lines);
    }

    private static bool IsChinese(StringBuilder line, int i) => i >= 0 && i < line.Length && line[i] >= '\u4E00' && line[i] <= '\u9FFF';

    /// <summary>Everything the dataset says, with full-width punctuation read as ASCII.</summary>
    private static IEnumerable<string> Facts(ArchiveModel archive)
    {
        yield return "source " + archive.SourceUrl;
        foreach (var d in archive.Diagnostics) yield return "diagnostic " + d.Id + " " + d.Span.StartLine;
        foreach (var a in archive.Articles)
        {
            yield return "article " + a.Line + " " + a.EndLine + " " + Plain(a.Title) + " lede " + (a.Lede is null ? "-" : "yes");
            foreach (var e in a.Elements) yield return "element " + e.Kind + " " + e.Line + " " + e.EndLine;
            foreach (var s in a.Sections) yield return "section " + s.Line + " " + s.Level + " " + s.ParentLine + " " + Plain(s.Heading);
            foreach (var p in a.Papers) yield return "paper " + Plain(p.Title) + " " + p.ArxivId + " " + p.PaperUrl + " " + p.CodeUrl + " " + p.ProjectUrl + " " + p.DemoUrl + " " + p.ModelUrl + " " + p.Line;
            foreach (var r in a.References) yield return "reference " + r.Line + " " + r.Marker + " " + r.Url + " " + r.ArxivId;
            foreach (var l in a.Links) yield return "link " + l.Line + " " + l.Column + " " + l.Url + " " + l.Kind;
            foreach (var f in a.Figures) yield return "figure " + f.Line + " " + Plain(f.Caption);
            foreach (var c in a.CodeBlocks) yield return "code " + c.Line + " " + c.EndLine + " " + c.Language;
            yield return "videos " + string.Join(",", a.VideoDurations.Select(Plain));
        }
    }

    private static string Plain(string? text)
    {
        if (text is null) return "-";
        var plain = new StringBuilder(text);
        for (var i = 0; i < plain.Length; i++)
        {
            var at = FullWidth.IndexOf(plain[i]);
            if (at >= 0) plain[i] = Ascii[at];
        }
        return plain.ToString();
    }
}
