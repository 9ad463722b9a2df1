using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Tests.Support;
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// Splitting an archive into lines as its text arrives in pieces (as the compiler hands a large file over): the same
/// lines, offsets, UTF-8 positions and invalid characters as splitting the whole string, wherever the pieces end.
/// </summary>
[TestClass]
public sealed class ArchiveLinesTests
{
    [TestMethod]
    public void LfCrLfAndCrEndLinesAndALeadingByteOrderMarkIsDropped()
    {
        var split = ArchiveLines.Of("\uFEFFa\r\nbb\rc\n\nd");

        CollectionAssert.AreEqual(new[] { "a", "bb", "c", "", "d" }, split.Lines.Select(l => l.Text).ToArray());
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, split.Lines.Select(l => l.Number).ToArray());
        CollectionAssert.AreEqual(new[] { 0, 3, 6, 8, 9 }, split.Lines.Select(l => l.Start).ToArray(), "character offsets after the mark");
        CollectionAssert.AreEqual(new[] { 0, 3, 6, 8, 9 }, split.Lines.Select(l => l.Utf8Start).ToArray());
        Assert.AreEqual(10, split.Utf8Length);
    }

    [TestMethod]
    public void ATrailingLineBreakMakesNoEmptyLastLine()
    {
        Assert.AreEqual(1, ArchiveLines.Of("a\n").Lines.Length);
        Assert.AreEqual(1, ArchiveLines.Of("a\r\n").Lines.Length);
        Assert.AreEqual(0, ArchiveLines.Of(string.Empty).Lines.Length);
        Assert.AreEqual(2, ArchiveLines.Of("\n\n").Lines.Length);
    }

    [TestMethod]
    public void UnicodeLinesCountTheirUtf8Bytes()
    {
        var split = ArchiveLines.Of("标题\n😀x\n");

        Assert.AreEqual(6, split.Lines[0].Utf8Length);
        Assert.AreEqual(7, split.Lines[1].Utf8Start);
        Assert.AreEqual(5, split.Lines[1].Utf8Length);
        Assert.AreEqual(Encoding.UTF8.GetByteCount("标题\n😀x\n"), split.Utf8Length);
    }

    [TestMethod]
    public void TheFirstInvalidCharacterOfEachLineIsNoted()
    {
        var split = ArchiveLines.Of("ok\nab\u0001c\u0002\n\uFFFD\ttab is fine\t\n");

        CollectionAssert.AreEqual(
            new[] { new ArchiveLines.InvalidCharacter(2, 3, '\u0001'), new ArchiveLines.InvalidCharacter(3, 1, '\uFFFD') },
            split.InvalidCharacters.ToArray());
    }

    [TestMethod]
    public void TheSeedSplitsTheSameFromTheCompilersLargeText()
    {
        // Past a size the compiler keeps a text as chunks (LargeText), and writes it out chunk by chunk.
        var text = string.Concat(Enumerable.Repeat(TestArchive.SeedText.Replace("\n", "\r\n"), 3));
        var sourceText = SourceText.From(new System.IO.MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()), Encoding.UTF8);
        Assert.AreEqual("LargeText", sourceText.GetType().Name, "the case this test is for");

        var streamed = new ArchiveLines();
        sourceText.Write(streamed);
        streamed.Complete();

        Assert.IsTrue(streamed.Lines.Length > 3 * 2048, "more lines than several of the splitter's blocks");
        AssertMatchesTheDefinition(text, streamed);
        AssertSame(ArchiveLines.Of(text), streamed);
    }

    private static readonly Gen<string> Pieces = Gen.OneOf(
        Gen.Const("\n"), Gen.Const("\r"), Gen.Const("\r\n"), Gen.Const("\uFEFF"), Gen.Const("\t"), Gen.Const("\u0001"), Gen.Const("\uFFFD"),
        Gen.Const("😀"), Gen.Const("\uD800"), Gen.Const("标题"), Gen.Const("abc"), Gen.Const("  "),
        Gen.Char[(char)0, (char)0xFFFF].Array[0, 8].Select(chars => new string(chars)));

    private static readonly Gen<(string Text, int[] Cuts)> Texts =
        Pieces.Array[0, 60].Select(parts => string.Concat(parts))
            .SelectMany(text => Gen.Int[0, Math.Max(0, text.Length)].Array[0, 12].Select(cuts => (text, cuts)));

    [TestMethod]
    public void AnyTextSplitIntoAnyPiecesGivesTheLinesOfTheWholeString()
    {
        Texts.Sample(sample =>
        {
            var (text, cuts) = sample;
            var whole = ArchiveLines.Of(text);
            AssertMatchesTheDefinition(text, whole);

            var pieces = new ArchiveLines();
            var previous = 0;
            foreach (var cut in cuts.Distinct().OrderBy(c => c).Append(text.Length))
            {
                // Alternate between the writer's two ways in: a character array and a string.
                if (cut % 2 == 0) pieces.Write(text.ToCharArray(previous, cut - previous), 0, cut - previous);
                else pieces.Write(text.Substring(previous, cut - previous));
                previous = cut;
            }
            pieces.Complete();
            AssertSame(whole, pieces);
        }, iter: 2000);
    }

    /// <summary>The definition, spelled out the slow way: split the string, then count bytes and find characters.</summary>
    private static void AssertMatchesTheDefinition(string text, ArchiveLines split)
    {
        if (text.StartsWith('\uFEFF')) text = text.Substring(1);
        var expected = new List<(int Start, string Text)>();
        var start = 0;
        while (start < text.Length)
        {
            var lineBreak = text.IndexOfAny(new[] { '\r', '\n' }, start);
            var end = lineBreak < 0 ? text.Length : lineBreak;
            expected.Add((start, text.Substring(start, end - start)));
            if (lineBreak < 0) break;
            start = text[lineBreak] == '\r' && lineBreak + 1 < text.Length && text[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;
        }

        Assert.AreEqual(expected.Count, split.Lines.Length);
        var utf8Start = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            // Bytes before a line: everything from the previous line's start (its text and its line break).
            if (i > 0) utf8Start += Encoding.UTF8.GetByteCount(text.Substring(expected[i - 1].Start, expected[i].Start - expected[i - 1].Start));
            var line = split.Lines[i];
            Assert.AreEqual(i + 1, line.Number);
            Assert.AreEqual(expected[i].Start, line.Start);
            Assert.AreEqual(expected[i].Text, line.Text);
            Assert.AreEqual(utf8Start, line.Utf8Start);
            Assert.AreEqual(Encoding.UTF8.GetByteCount(expected[i].Text), line.Utf8Length);
        }
        Assert.AreEqual(Encoding.UTF8.GetByteCount(text), split.Utf8Length);

        var invalid = expected
            .Select((line, index) => (Index: index, Column: line.Text.IndexOfAny(Invalid)))
            .Where(found => found.Column >= 0)
            .Take(ArchiveLines.MaxInvalidCharacterReports)
            .Select(found => new ArchiveLines.InvalidCharacter(found.Index + 1, found.Column + 1, expected[found.Index].Text[found.Column]))
            .ToArray();
        CollectionAssert.AreEqual(invalid, split.InvalidCharacters.ToArray());
    }

    private static readonly char[] Invalid = Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not ('\t' or '\r' or '\n')).Append('\u007F').Append('\uFFFD').ToArray();

    private static void AssertSame(ArchiveLines expected, ArchiveLines actual)
    {
        CollectionAssert.AreEqual(expected.Lines, actual.Lines);
        Assert.AreEqual(expected.Utf8Length, actual.Utf8Length);
        CollectionAssert.AreEqual(expected.InvalidCharacters.ToArray(), actual.InvalidCharacters.ToArray());
    }
}
