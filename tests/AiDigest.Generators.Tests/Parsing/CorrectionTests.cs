using System;
using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// Corrections files: each kind of correction changes what the rules read (each test checks the rules' reading
/// first, so it fails without the correction), and its problems are reported at the corrections file's line and column.
/// </summary>
[TestClass]
public sealed class CorrectionTests
{
    internal static readonly string Archive = string.Join("\n",
        "#Alpha",                                                   // 1
        "",
        "这是一篇关于模型训练稳定性的文章,先说结论再说方法。",          // 3  lede
        "",
        "研究背景",                                                  // 5  heading 1
        "",
        "过去的方法在训练后期常常出现数值不稳定,这篇文章分析了原因并提出了新的做法,效果很好。", // 7
        "",
        "方法",                                                      // 9  heading 1
        "",
        "作者提出的新方法在计算之前先裁剪比例,从而避免了溢出,也让训练更加平稳,实验结果令人满意。", // 11
        "",
        "图片",                                                      // 13 image
        "",
        "整体框架示意",                                              // 15 caption
        "",
        "一个小技巧",                                                // 17 heading 1
        "",
        "x = torch.clamp(ratio, 0.8, 1.2)",                          // 19 code 19-20
        "loss = -torch.min(x * adv, ratio * adv).mean()",            // 20
        "",
        "作者还提到了 StableReinforce 这种训练方式,并在多个基准上做了比较,结论是稳定性提升明显。", // 22
        "",
        "Some Paper Title, 2025",                                    // 24 paragraph
        "",
        "....",                                                      // 26
        "",
        "#Beta",                                                     // 28
        "",
        "另一篇文章的导语。",                                          // 30 lede
        "",
        "论文链接:https://arxiv.org/abs/2505.02835",                  // 32 a paper
        "",
        "正文只有一段,讲的是另一件事情,并没有什么特别之处。",            // 34
        "",
        "....");                                                     // 36

    private const string CorrectionsPath = "/r/seeds/a.corrections";

    private static ArchiveModel Parse(params string[] corrections) =>
        ArchiveParser.Parse("/r/seeds/a.txt", Archive, corrections.Length == 0 ? null : new CorrectionsFile(CorrectionsPath, string.Join("\n", corrections)));

    private static ArticleModel Alpha(ArchiveModel model) => model.Articles[0];

    private static ArticleModel Beta(ArchiveModel model) => model.Articles[1];

    private static BlockModel BlockAt(ArticleModel article, int line) => article.Blocks.Single(b => b.Line <= line && line <= b.EndLine);

    private static List<ArchiveDiagnostic> CorrectionProblems(ArchiveModel model) => model.Diagnostics.Where(d => d.FilePath == CorrectionsPath).ToList();

    private static void AssertNoProblems(ArchiveModel model) =>
        Assert.AreEqual(0, CorrectionProblems(model).Count, string.Join("\n", CorrectionProblems(model)));

    [TestMethod]
    public void HeadingSetsTheLevelAndTheOutlineFollows()
    {
        Assert.AreEqual(1, Alpha(Parse()).Sections.Single(s => s.Line == 9).Level, "the rules' reading");
        var model = Parse("9 \"方法\" heading 2");
        AssertNoProblems(model);
        var section = Alpha(model).Sections.Single(s => s.Line == 9);
        Assert.AreEqual((2, (int?)5), (section.Level, section.ParentLine));
        Assert.AreEqual(5, Alpha(model).Sections.Single(s => s.Line == 17).ParentLine is null ? 5 : -1, "a level-1 heading after it has no parent");
        Assert.AreEqual((BlockKind.Title, 2, "correction"), (BlockAt(Alpha(model), 9).Kind, BlockAt(Alpha(model), 9).Level, BlockAt(Alpha(model), 9).Rule));
        Assert.AreEqual(ElementKind.Heading, Alpha(model).Elements.Single(e => e.Line == 9).Kind);
        Assert.AreEqual("correction", Alpha(model).Elements.Single(e => e.Line == 9).Rule);
    }

    [TestMethod]
    public void HeadingMakesAParagraphATopLevelPart()
    {
        Assert.IsFalse(Alpha(Parse()).Sections.Any(s => s.Line == 24), "the rules' reading");
        var model = Parse("24 \"Some Paper Title\" heading 1");
        AssertNoProblems(model);
        Assert.AreEqual((1, (int?)null), Alpha(model).Sections.Single(s => s.Line == 24) is var s ? (s.Level, s.ParentLine) : default);
    }

    [TestMethod]
    public void NotHeadingMakesAHeadingAParagraph()
    {
        Assert.IsTrue(Alpha(Parse()).Sections.Any(s => s.Line == 17), "the rules' reading");
        var model = Parse("17 \"一个小技巧\" not-heading");
        AssertNoProblems(model);
        Assert.IsFalse(Alpha(model).Sections.Any(s => s.Line == 17));
        Assert.AreEqual(BlockKind.NarrativeText, BlockAt(Alpha(model), 17).Kind);
        Assert.AreEqual(9, Alpha(model).Sections.Last().Line, "the text under it belongs to the heading before");
    }

    [TestMethod]
    public void ParagraphMakesACaptionAParagraph()
    {
        Assert.AreEqual("整体框架示意", Alpha(Parse()).Figures.Single().Caption, "the rules' reading");
        var model = Parse("15 \"整体框架示意\" paragraph");
        AssertNoProblems(model);
        Assert.IsNull(Alpha(model).Figures.Single().Caption);
        Assert.AreEqual(BlockKind.NarrativeText, BlockAt(Alpha(model), 15).Kind);
    }

    [TestMethod]
    public void CaptionMakesAParagraphAFigureCaption()
    {
        Assert.AreEqual(BlockKind.NarrativeText, BlockAt(Alpha(Parse()), 24).Kind, "the rules' reading");
        var model = Parse("24 \"Some Paper Title, 2025\" caption");
        AssertNoProblems(model);
        Assert.AreEqual(BlockKind.FigureCaption, BlockAt(Alpha(model), 24).Kind);
        Assert.IsTrue(Alpha(model).Figures.Any(f => f.Line == 24 && f.Caption == "Some Paper Title, 2025"), "a caption standing alone is a figure");
    }

    [TestMethod]
    public void ListItemMakesAParagraphAListItem()
    {
        Assert.AreEqual(BlockKind.NarrativeText, BlockAt(Alpha(Parse()), 22).Kind, "the rules' reading");
        var model = Parse("22 \"StableReinforce\" list-item");
        AssertNoProblems(model);
        Assert.AreEqual(BlockKind.ListItem, BlockAt(Alpha(model), 22).Kind);
    }

    [TestMethod]
    public void CodeMakesARangeOneCodeBlockWithItsLanguage()
    {
        var rules = Alpha(Parse()).CodeBlocks.Single();
        Assert.AreNotEqual((19, 22, "python"), (rules.Line, rules.EndLine, rules.Language), "the rules' reading");
        var model = Parse("19-22 \"x = torch.clamp\" code python");
        AssertNoProblems(model);
        var code = Alpha(model).CodeBlocks.Single();
        Assert.AreEqual((19, 22, "python"), (code.Line, code.EndLine, code.Language));
        var block = BlockAt(Alpha(model), 22);
        Assert.AreEqual((BlockKind.CodeSnippet, 19, 22, "python", "correction"), (block.Kind, block.Line, block.EndLine, block.Language, block.Rule));
        Assert.AreEqual(24, Alpha(model).Blocks.Last().Line, "the blocks after the range are kept");
    }

    [TestMethod]
    public void NoLedeAndLedeMoveTheLede()
    {
        Assert.AreEqual("另一篇文章的导语。", Beta(Parse()).Lede, "the rules' reading");
        Assert.IsNull(Beta(Parse("30 \"另一篇文章的导语\" no-lede")).Lede);
        var model = Parse("30 \"另一篇文章的导语\" no-lede", "34 \"正文只有一段\" lede");
        AssertNoProblems(model);
        Assert.AreEqual(BlockKind.Lede, BlockAt(Beta(model), 34).Kind);
        Assert.AreEqual(BlockKind.NarrativeText, BlockAt(Beta(model), 30).Kind);
    }

    [TestMethod]
    public void LedeMakesTheFirstParagraphTheLede()
    {
        var rules = Parse("3 \"这是一篇\" no-lede");
        Assert.IsNull(Alpha(rules).Lede, "without a lede correction");
        var model = Parse("3 \"这是一篇\" no-lede", "7 \"过去的方法\" lede");
        Assert.AreEqual(BlockKind.Lede, BlockAt(Alpha(model), 7).Kind);
    }

    [TestMethod]
    public void PaperAddsAPaperNamedOnTheLine()
    {
        Assert.AreEqual(0, Alpha(Parse()).Papers.Count, "the rules' reading");
        var model = Parse("22 \"StableReinforce\" paper StableReinforce");
        AssertNoProblems(model);
        var paper = Alpha(model).Papers.Single();
        Assert.AreEqual(("StableReinforce", 22), (paper.Title, paper.Line));
    }

    [TestMethod]
    public void NotPaperRemovesThePaperFirstCitedOnTheLine()
    {
        Assert.AreEqual(32, Beta(Parse()).Papers.Single().Line, "the rules' reading");
        var model = Parse("32 \"论文链接\" not-paper");
        AssertNoProblems(model);
        Assert.AreEqual(0, Beta(model).Papers.Count);
        Assert.AreEqual(1, Beta(model).Links.Count, "the link stays a link");
    }

    [TestMethod]
    public void ReferenceMakesALineAReferenceEntry()
    {
        Assert.AreEqual(0, Alpha(Parse()).References.Count, "the rules' reading");
        var model = Parse("24 \"Some Paper Title\" reference");
        AssertNoProblems(model);
        var reference = Alpha(model).References.Single();
        Assert.AreEqual((24, (string?)null, "Some Paper Title, 2025"), (reference.Line, reference.Marker, reference.Text));
        Assert.AreEqual(BlockKind.BibEntry, BlockAt(Alpha(model), 24).Kind);
    }

    [TestMethod]
    public void FigureMakesALineAnImage()
    {
        Assert.AreEqual(1, Alpha(Parse()).Figures.Count, "the rules' reading");
        var model = Parse("15 \"整体框架示意\" figure");
        AssertNoProblems(model);
        Assert.AreEqual(BlockKind.Image, BlockAt(Alpha(model), 15).Kind);
        CollectionAssert.AreEqual(new[] { 13, 15 }, Alpha(model).Figures.Select(f => f.Line).ToArray());
    }

    [TestMethod]
    public void ACorrectionInsideAMultiLineBlockSplitsIt()
    {
        var model = Parse("20 \"loss\" paragraph");
        AssertNoProblems(model);
        var blocks = Alpha(model).Blocks.Where(b => b.Line >= 19 && b.EndLine <= 20).ToList();
        Assert.AreEqual("CodeSnippet 19-19, NarrativeText 20-20", string.Join(", ", blocks.Select(b => $"{b.Kind} {b.Line}-{b.EndLine}")));
        Assert.IsTrue(RoundTripTests.RebuildNonBlankLines(model).SequenceEqual(RoundTripTests.NonBlankLines(Archive)), "every non-blank line is still in one element");
    }

    [TestMethod]
    public void CommentsAndBlankLinesAreIgnored()
    {
        var model = Parse("# a comment", "", "   # an indented comment", "9 \"方法\" heading 2   ");
        AssertNoProblems(model);
        Assert.AreEqual(2, Alpha(model).Sections.Single(s => s.Line == 9).Level);
    }

    // Diagnostics, at the corrections file's line (0-based in the span) and column.

    private static ArchiveDiagnostic Single(ArchiveModel model, string id)
    {
        var problems = CorrectionProblems(model);
        Assert.AreEqual(1, problems.Count, string.Join("\n", problems));
        Assert.AreEqual(id, problems[0].Id);
        return problems[0];
    }

    [TestMethod]
    public void AStaleQuoteIsReportedAtTheQuoteAndNotApplied()
    {
        var model = Parse("# first line", "9 \"研究方法\" heading 2");
        var problem = Single(model, DiagnosticIds.StaleCorrection);
        Assert.AreEqual((1, 3, 1, 7), (problem.Span.StartLine, problem.Span.StartColumn, problem.Span.EndLine, problem.Span.EndColumn));
        Assert.AreEqual("研究方法|9|方法", string.Join("|", problem.Arguments));
        Assert.AreEqual(1, Alpha(model).Sections.Single(s => s.Line == 9).Level);
    }

    [TestMethod]
    [DataRow("999 \"x\" paragraph", "the archive has 36 lines")]
    [DataRow("1 \"#Alpha\" paragraph", "no article's body")]
    [DataRow("26 \"....\" paragraph", "no article's body")]
    [DataRow("19-27 \"x = torch.clamp\" code", "past the end of the article 'Alpha'")]
    public void ALineOutsideAnyArticleIsReportedAtItsNumber(string correction, string reason)
    {
        var problem = Single(Parse(correction), DiagnosticIds.CorrectionOutOfRange);
        Assert.AreEqual((0, 0), (problem.Span.StartLine, problem.Span.StartColumn));
        Assert.AreEqual(correction.IndexOf(' ', StringComparison.Ordinal), problem.Span.EndColumn);
        StringAssert.Contains(problem.Arguments[1], reason);
    }

    [TestMethod]
    [DataRow("9 \"方法\" title 1", 7, "'title' is no kind of correction")]
    [DataRow("9 \"方法\" heading 3", 7, "level must be 1 or 2")]
    [DataRow("9 \"方法\"", 6, "says no kind")]
    [DataRow("nine \"方法\" heading 1", 0, "line number")]
    [DataRow("9 方法 heading 1", 2, "not quoted")]
    [DataRow("9 \"方法 heading 1", 2, "no closing quote")]
    [DataRow("9 \"方法\" caption now", 7, "takes no argument")]
    [DataRow("9 \"方法\" paper", 7, "needs the paper's title")]
    [DataRow("9-11 \"方法\" heading 1", 0, "only 'code'")]
    public void AnUnreadableCorrectionIsReportedWhereItGoesWrong(string correction, int column, string reason)
    {
        var model = Parse("9 \"方法\" heading 2", correction);
        var problem = Single(model, DiagnosticIds.UnknownCorrection);
        Assert.AreEqual((1, column), (problem.Span.StartLine, problem.Span.StartColumn));
        StringAssert.Contains(problem.Arguments[1], reason);
        Assert.AreEqual(2, Alpha(model).Sections.Single(s => s.Line == 9).Level, "the other corrections are applied");
    }

    [TestMethod]
    public void TwoCorrectionsThatContradictEachOtherAreReportedAtTheSecond()
    {
        var model = Parse("9 \"方法\" heading 2", "9 \"方法\" paragraph");
        var problem = Single(model, DiagnosticIds.ContradictoryCorrection);
        Assert.AreEqual((1, 7), (problem.Span.StartLine, problem.Span.StartColumn));
        Assert.AreEqual("9 \"方法\" paragraph|9 \"方法\" heading 2", string.Join("|", problem.Arguments));
        Assert.AreEqual(2, Alpha(model).Sections.Single(s => s.Line == 9).Level, "the first is applied");
        Assert.AreEqual(0, CorrectionProblems(Parse("22 \"StableReinforce\" paper A", "22 \"StableReinforce\" paper B", "22 \"StableReinforce\" heading 1")).Count,
            "two papers on a line, and a paper on a heading, do not contradict");
    }

    [TestMethod]
    [DataRow("5 \"研究背景\" heading 1")]
    [DataRow("7 \"过去的方法\" paragraph")]
    [DataRow("7 \"过去的方法\" not-heading")]
    [DataRow("15 \"整体框架示意\" caption")]
    [DataRow("13 \"图片\" figure")]
    [DataRow("3 \"这是一篇\" lede")]
    [DataRow("7 \"过去的方法\" no-lede")]
    [DataRow("7 \"过去的方法\" not-paper")]
    [DataRow("32 \"论文链接\" paper StableReinforce-free title that is new")]
    public void ACorrectionTheRulesAgreeWithIsReportedAtLowSeverity(string correction)
    {
        var model = Parse(correction);
        if (correction.Contains(" paper ", StringComparison.Ordinal))
        {
            // A paper the rules did not name is no redundancy; the same paper given twice is.
            Assert.AreEqual(0, CorrectionProblems(model).Count);
            return;
        }
        var problem = Single(model, DiagnosticIds.RedundantCorrection);
        Assert.AreEqual(0, problem.Span.StartLine);
        Assert.AreEqual(DiagnosticSeverity.Info, Generators.Diagnostics.DiagnosticDescriptors.Find(problem.Id)!.DefaultSeverity);
        Assert.AreEqual(BlockModelRule(Parse(), correction), BlockModelRule(model, correction), "the rules' reading is kept, with the rule that made it");
    }

    private static string BlockModelRule(ArchiveModel model, string correction)
    {
        var line = int.Parse(correction.Substring(0, correction.IndexOf(' ', StringComparison.Ordinal)), System.Globalization.CultureInfo.InvariantCulture);
        return model.Articles.SelectMany(a => a.Blocks).Single(b => b.Line <= line && line <= b.EndLine).Rule;
    }

    [TestMethod]
    public void TheSameCorrectionTwiceIsRedundant()
    {
        var model = Parse("9 \"方法\" heading 2", "9 \"方法\" heading 2");
        Assert.AreEqual(1, Single(model, DiagnosticIds.RedundantCorrection).Span.StartLine);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("\uFEFF")]
    [DataRow("\"\"\"")]
    [DataRow("-1 \"x\" code")]
    [DataRow("0 \"x\" heading 1")]
    [DataRow("99999999999999999999 \"x\" heading 1")]
    [DataRow("3-2 \"x\" code")]
    [DataRow("19-20 \"\" code")]
    [DataRow("\r\n\r\n9 \"方法\" heading 2\r")]
    [DataRow("21 \"\" paragraph")]
    public void AMalformedFileNeverThrows(string text)
    {
        var model = ArchiveParser.Parse("/r/seeds/a.txt", Archive, new CorrectionsFile(CorrectionsPath, text));
        Assert.AreEqual(2, model.Articles.Count);
    }

    [TestMethod]
    public void RandomCorrectionsFilesNeverThrowAndKeepEveryLine()
    {
        var random = new Random(19);
        var words = new[] { "heading", "not-heading", "paragraph", "caption", "list-item", "code", "lede", "no-lede", "paper", "not-paper", "reference", "figure", "1", "2", "python", "\"", "-", "#", " " };
        var lines = Archive.Split('\n');
        for (var round = 0; round < 300; round++)
        {
            var corrections = new List<string>();
            for (var c = 0; c < 4; c++)
            {
                var line = random.Next(0, lines.Length + 3);
                var quote = line >= 1 && line <= lines.Length && lines[line - 1].Length > 0 ? lines[line - 1].Substring(0, Math.Min(2, lines[line - 1].Length)) : "x";
                var range = random.Next(4) == 0 ? "-" + (line + random.Next(0, 5)) : string.Empty;
                corrections.Add(line + range + " \"" + quote + "\" " + string.Join(" ", Enumerable.Range(0, random.Next(1, 3)).Select(_ => words[random.Next(words.Length)])));
            }
            var model = Parse(corrections.ToArray());
            Assert.IsTrue(RoundTripTests.RebuildNonBlankLines(model).SequenceEqual(RoundTripTests.NonBlankLines(Archive)), string.Join("\n", corrections));
            foreach (var article in model.Articles)
            {
                for (var b = 1; b < article.Blocks.Count; b++) Assert.IsTrue(article.Blocks[b].Line > article.Blocks[b - 1].EndLine, string.Join("\n", corrections));
            }
        }
    }
}
