using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary><c>Article.Blocks</c>: every non-blank body line in exactly one block, kinds that agree with the keys.</summary>
[TestClass]
public sealed class BlockTests
{
    /// <summary>The seed (with its committed corrections) and every fixture page with a key (the held-out pages are not read here).</summary>
    public static IEnumerable<object[]> Pages()
    {
        yield return new object[] { "seed" };
        foreach (var page in Directory.GetFiles(AnswerKey.FixturePath(string.Empty), "page-*.txt", SearchOption.TopDirectoryOnly).Select(Path.GetFileNameWithoutExtension).OrderBy(p => p, StringComparer.Ordinal))
        {
            yield return new object[] { page! };
        }
    }

    internal static string SeedCorrectionsPath => Path.ChangeExtension(TestArchive.SeedPath, ".corrections");

    internal static ArchiveModel ParseSeedWithCorrections() =>
        ArchiveParser.Parse("seeds/" + TestArchive.SeedFileName, TestArchive.SeedText, new CorrectionsFile(SeedCorrectionsPath, File.ReadAllText(SeedCorrectionsPath)));

    private static (string Text, ArchiveModel Model, string KeyFile) Load(string page) => page == "seed"
        ? (TestArchive.SeedText, ParseSeedWithCorrections(), "seed.key")
        : (File.ReadAllText(AnswerKey.FixturePath(page + ".txt")), ArchiveParser.Parse("seeds/" + page + ".txt", File.ReadAllText(AnswerKey.FixturePath(page + ".txt"))), page + ".key");

    [TestMethod]
    public void EveryElementKindHasABlockKind()
    {
        // A new ElementKind (Formula, DialogueTurn…) must be given its block kind in BlockKinds.TryMap, the one switch.
        var unmapped = Enum.GetValues<ElementKind>().Where(kind => !BlockKinds.TryMap(kind, out _)).ToList();
        Assert.AreEqual(0, unmapped.Count, "element kinds with no block kind (map them in Model/BlockModel.cs, BlockKinds.TryMap): " + string.Join(", ", unmapped));
    }

    [TestMethod]
    public void EveryBlockKindIsDescribedForTheGeneratedEnum()
    {
        foreach (var kind in Enum.GetValues<BlockKind>())
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(DigestTypesEmitter.Describe(kind)), kind.ToString());
        }
    }

    [TestMethod]
    [DynamicData(nameof(Pages))]
    public void BlocksHoldEveryNonBlankBodyLineExactlyOnceWithItsText(string page)
    {
        var (text, model, _) = Load(page);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        foreach (var article in model.Articles)
        {
            var bodyEnd = article.Elements.Last().Kind == ElementKind.Separator ? article.EndLine - 1 : article.EndLine;
            var expected = Enumerable.Range(article.Line + 1, Math.Max(0, bodyEnd - article.Line)).Where(n => !Generators.Text.TextShapes.IsBlank(lines[n - 1])).ToList();
            var covered = new List<int>();
            var previousEnd = article.Line;
            foreach (var block in article.Blocks)
            {
                Assert.IsTrue(block.Line > previousEnd && block.EndLine >= block.Line, $"{page} {article.Title}: block at {block.Line} overlaps or is out of order");
                previousEnd = block.EndLine;
                var own = Enumerable.Range(block.Line, block.EndLine - block.Line + 1).Where(n => !Generators.Text.TextShapes.IsBlank(lines[n - 1])).ToList();
                Assert.AreNotEqual(0, own.Count, $"{page}: block at {block.Line} holds no text");
                covered.AddRange(own);
                Assert.AreEqual(string.Join("\n", own.Select(n => lines[n - 1])), article.Text.Substring(block.TextStart, block.TextLength), $"{page}: the text of the block at {block.Line}");
                Assert.AreEqual(block.Kind == BlockKind.Title, block.Level > 0, $"{page}: level of the block at {block.Line}");
            }
            CollectionAssert.AreEqual(expected, covered, $"{page} {article.Title}: the non-blank body lines");
        }
    }

    /// <summary>
    /// Where a key gives a heading, a code block, a reference or a figure and the parser's facts agree with it (the
    /// answer-key tests score where they do not), the block at that line says the same.
    /// </summary>
    [TestMethod]
    [DynamicData(nameof(Pages))]
    public void BlockKindsAgreeWithTheAnswerKeys(string page)
    {
        var (text, model, keyFile) = Load(page);
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var key = AnswerKey.Load(keyFile);
        var agreed = 0;
        foreach (var keyArticle in key.Articles)
        {
            var article = model.Articles.SingleOrDefault(a => a.Line == keyArticle.Line);
            if (article is null) continue;
            BlockModel? At(int line) => article.Blocks.FirstOrDefault(b => b.Line <= line && line <= b.EndLine);
            foreach (var section in keyArticle.Sections)
            {
                if (!article.Sections.Any(s => s.Line == section.Line && s.Level == section.Level)) continue;
                Assert.AreEqual((BlockKind.Title, section.Level, section.Line), At(section.Line) is { } b ? (b.Kind, b.Level, b.Line) : default, $"{page}: heading at {section.Line}");
                agreed++;
            }
            foreach (var code in keyArticle.CodeBlocks)
            {
                if (!article.CodeBlocks.Any(c => c.Line == code.Line && c.EndLine == code.EndLine)) continue;
                Assert.AreEqual((BlockKind.CodeSnippet, code.Line, code.EndLine), At(code.Line) is { } b ? (b.Kind, b.Line, b.EndLine) : default, $"{page}: code at {code.Line}");
                agreed++;
            }
            foreach (var reference in keyArticle.References)
            {
                if (!article.References.Any(r => r.Line == reference.Line)) continue;
                Assert.IsTrue(At(reference.Line) is { Kind: BlockKind.BibEntry or BlockKind.Title }, $"{page}: reference at {reference.Line} is {At(reference.Line)?.Kind}");
                agreed++;
            }
            foreach (var figure in keyArticle.Figures)
            {
                if (!article.Figures.Any(f => f.Line == figure.Line && f.Caption == figure.Caption)) continue;
                Assert.IsTrue(At(figure.Line) is { Kind: BlockKind.Image or BlockKind.FigureCaption }, $"{page}: figure at {figure.Line} is {At(figure.Line)?.Kind}");
                if (figure.Caption is not null)
                {
                    Assert.IsTrue(article.Blocks.Any(b => b.Kind == BlockKind.FigureCaption && Math.Abs(b.Line - figure.Line) <= 4), $"{page}: the caption of the figure at {figure.Line}");
                }
                agreed++;
            }
            if (keyArticle.Lede is { } lede && article.Lede == Generators.Text.TextShapes.Trim(lines[lede - 1]))
            {
                Assert.AreEqual(BlockKind.Lede, At(lede)?.Kind, $"{page}: lede at {lede}");
                agreed++;
            }
        }
        Console.WriteLine($"{page}: {agreed} keyed facts, every block agrees");
        Assert.IsTrue(agreed > 0, page);
    }

    [TestMethod]
    public void WithItsCorrectionsTheSeedReadsStableReinforceAsATopLevelPart()
    {
        static SectionModel At(ArchiveModel model, int line) => model.Articles.SelectMany(a => a.Sections).Single(s => s.Line == line);
        var plain = TestArchive.ParseSeed();
        var corrected = ParseSeedWithCorrections();

        Assert.AreEqual(2, At(plain, 3069).Level, "the rules alone read it as a sub-heading (if they now read it right, delete the correction)");
        Assert.AreEqual(1, At(corrected, 3069).Level);
        Assert.IsNull(At(corrected, 3069).ParentLine);
        Assert.AreEqual(2992, At(corrected, 3048).ParentLine);
        var block = corrected.Articles.SelectMany(a => a.Blocks).Single(b => b.Line == 3069);
        Assert.AreEqual((BlockKind.Title, 1, "correction"), (block.Kind, block.Level, block.Rule));
        Assert.AreEqual(0, corrected.Diagnostics.Count(d => d.FilePath is not null), string.Join("\n", corrected.Diagnostics.Where(d => d.FilePath is not null)));
    }
}
