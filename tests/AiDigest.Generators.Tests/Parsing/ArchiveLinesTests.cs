using System;
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
using CsCheck;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// Splitting an archive into lines as its text arrives in pieces (as the compiler hands a large file over): the same
/// lines, offsets, byte positions (in UTF-8, UTF-16 and UTF-32), invalid characters and bidi controls as splitting the
/// whole string, wherever the pieces end.
/// </summary>
[TestClass]
public sealed class ArchiveLinesTests
{
    [TestMethod]
    public void LfCrLfAndCrEndLinesAndALeadingByteOrderMarkIsDropped()
    {
        var split = ArchiveLines.Of("a\r\nbb\rc\n\nd");

        CollectionAssert.AreEqual(new[] { "a", "bb", "c", "", "d" }, split.Lines.Select(l => l.Text).ToArray());
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, split.Lines.Select(l => l.Number).ToArray());
        CollectionAssert.AreEqual(new[] { 0, 3, 6, 8, 9 }, split.Lines.Select(l => l.Start).ToArray());
        CollectionAssert.AreEqual(new[] { 0, 3, 6, 8, 9 }, split.Lines.Select(l => l.ByteStart).ToArray());
        Assert.AreEqual(10, split.ByteLength);
    }

    [TestMethod]
    public void AByteOrderMarkLeftInTheTextIsDroppedFromTheFirstLineButItsBytesCount()
    {
        // The compiler takes the file's mark off; one still in the text is a second mark (two files saved with marks,
        // concatenated), and the file's bytes hold it after the first.
        var split = ArchiveLines.Of("\uFEFF#A\nb");

        Assert.AreEqual("#A", split.Lines[0].Text);
        CollectionAssert.AreEqual(new[] { 0, 3 }, split.Lines.Select(l => l.Start).ToArray(), "character offsets after the mark");
        CollectionAssert.AreEqual(new[] { 3, 6 }, split.Lines.Select(l => l.ByteStart).ToArray(), "the mark's three bytes come first");
        Assert.AreEqual(7, split.ByteLength);
    }

    [TestMethod]
    public void LinesAreCountedInTheBytesOfTheFilesEncoding()
    {
        const string text = "标题\r\n😀x\n";

        var utf16 = ArchiveLines.Of(text, ArchiveEncoding.Utf16BigEndian);
        var utf32 = ArchiveLines.Of(text, ArchiveEncoding.Utf32LittleEndian);

        CollectionAssert.AreEqual(new[] { 0, 8 }, utf16.Lines.Select(l => l.ByteStart).ToArray(), "two characters and CRLF, two bytes each");
        CollectionAssert.AreEqual(new[] { 4, 6 }, utf16.Lines.Select(l => l.ByteLength).ToArray(), "the emoji is a surrogate pair: four bytes");
        Assert.AreEqual(16, utf16.ByteLength);
        CollectionAssert.AreEqual(new[] { 0, 16 }, utf32.Lines.Select(l => l.ByteStart).ToArray(), "two code points and CRLF, four bytes each");
        CollectionAssert.AreEqual(new[] { 8, 8 }, utf32.Lines.Select(l => l.ByteLength).ToArray(), "the emoji is one code point");
        Assert.AreEqual(28, utf32.ByteLength);
    }

    [TestMethod]
    public void EveryBidiControlIsNotedAtItsLineAndColumn()
    {
        var split = ArchiveLines.Of("plain\nab\u202Ec\u2066d\u2069\u202C\n\u200Fmarks are not controls\u200E\n\u2067");

        CollectionAssert.AreEqual(
            new[]
            {
                new ArchiveLines.LocatedCharacter(2, 3, '\u202E'), new ArchiveLines.LocatedCharacter(2, 5, '\u2066'),
                new ArchiveLines.LocatedCharacter(2, 7, '\u2069'), new ArchiveLines.LocatedCharacter(2, 8, '\u202C'),
                new ArchiveLines.LocatedCharacter(4, 1, '\u2067'),
            },
            split.BidiControls.ToArray());
        Assert.IsFalse(split.HasReplacementCharacter);
    }

    [TestMethod]
    public void AReplacementCharacterAnywhereIsNotedEvenPastTheReportLimit()
    {
        var text = string.Concat(Enumerable.Repeat("\u0001\n", ArchiveLines.MaxCharacterReports + 5)) + "x\uFFFD\n";

        var split = ArchiveLines.Of(text);

        Assert.AreEqual(ArchiveLines.MaxCharacterReports, split.InvalidCharacters.Count);
        Assert.IsTrue(split.HasReplacementCharacter);
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

        Assert.AreEqual(6, split.Lines[0].ByteLength);
        Assert.AreEqual(7, split.Lines[1].ByteStart);
        Assert.AreEqual(5, split.Lines[1].ByteLength);
        Assert.AreEqual(Encoding.UTF8.GetByteCount("标题\n😀x\n"), split.ByteLength);
    }

    [TestMethod]
    public void TheFirstInvalidCharacterOfEachLineIsNoted()
    {
        var split = ArchiveLines.Of("ok\nab\u0001c\u0002\n\uFFFD\ttab is fine\t\n");

        CollectionAssert.AreEqual(
            new[] { new ArchiveLines.LocatedCharacter(2, 3, '\u0001'), new ArchiveLines.LocatedCharacter(3, 1, '\uFFFD') },
            split.InvalidCharacters.ToArray());
        Assert.IsTrue(split.HasReplacementCharacter);
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
        AssertMatchesTheDefinition(text, streamed, ArchiveEncoding.Utf8);
        AssertSame(ArchiveLines.Of(text), streamed);

        // What the generator does: count the lines first, then split into an array of that size.
        AssertSame(streamed, ArchiveText.Split(sourceText, ArchiveEncoding.Utf8, default));
    }

    private static readonly Gen<string> Pieces = Gen.OneOf(
        Gen.Const("\n"), Gen.Const("\r"), Gen.Const("\r\n"), Gen.Const("\uFEFF"), Gen.Const("\t"), Gen.Const("\u0001"), Gen.Const("\uFFFD"),
        Gen.Const("😀"), Gen.Const("\uD800"), Gen.Const("标题"), Gen.Const("abc"), Gen.Const("  "), Gen.Const("\u202E"), Gen.Const("\u2066\u2069"),
        Gen.Char[(char)0, (char)0xFFFF].Array[0, 8].Select(chars => new string(chars)));

    private static readonly ArchiveEncoding[] UnicodeEncodings =
    {
        ArchiveEncoding.Utf8, ArchiveEncoding.Utf16LittleEndian, ArchiveEncoding.Utf16BigEndian, ArchiveEncoding.Utf32LittleEndian, ArchiveEncoding.Utf32BigEndian,
    };

    private static readonly Gen<ArchiveEncoding> Encodings = Gen.Int[0, UnicodeEncodings.Length - 1].Select(i => UnicodeEncodings[i]);

    private static readonly Gen<(string Text, int[] Cuts, ArchiveEncoding Encoding)> Texts =
        Pieces.Array[0, 60].Select(parts => string.Concat(parts))
            .SelectMany(text => Gen.Int[0, Math.Max(0, text.Length)].Array[0, 12].Select(cuts => (text, cuts)))
            .SelectMany(sample => Encodings.Select(encoding => (sample.text, sample.cuts, encoding)));

    [TestMethod]
    public void AnyTextSplitIntoAnyPiecesGivesTheLinesOfTheWholeString()
    {
        Texts.Sample(sample =>
        {
            var (text, cuts, encoding) = sample;
            var whole = ArchiveLines.Of(text, encoding);
            AssertMatchesTheDefinition(text, whole, encoding);

            var counter = new ArchiveText.LineCounter();
            WriteInPieces(counter, text, cuts);
            Assert.AreEqual(whole.Lines.Length, counter.Lines, "the lines counted before the split");

            // Split into an array sized by the count, by too small a count, and without one.
            foreach (var expected in new[] { counter.Lines, counter.Lines / 2, 0 })
            {
                var pieces = new ArchiveLines(encoding, expected);
                WriteInPieces(pieces, text, cuts);
                pieces.Complete();
                AssertSame(whole, pieces);
            }
        }, iter: 2000);
    }

    private static void WriteInPieces(System.IO.TextWriter writer, string text, int[] cuts)
    {
        var previous = 0;
        foreach (var cut in cuts.Distinct().OrderBy(c => c).Append(text.Length))
        {
            // Alternate between the writer's two ways in: a character array and a string.
            if (cut % 2 == 0) writer.Write(text.ToCharArray(previous, cut - previous), 0, cut - previous);
            else writer.Write(text.Substring(previous, cut - previous));
            previous = cut;
        }
    }

    /// <summary>
    /// The definition, spelled out the slow way: split the string, then count bytes with the encoding's own encoder
    /// (which writes a lone surrogate as U+FFFD, as the file would hold it) and find characters.
    /// </summary>
    private static void AssertMatchesTheDefinition(string text, ArchiveLines split, ArchiveEncoding archiveEncoding)
    {
        var encoding = EncoderOf(archiveEncoding);
        var markBytes = 0;
        if (text.StartsWith('\uFEFF'))
        {
            markBytes = encoding.GetByteCount("\uFEFF");
            text = text.Substring(1);
        }
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
        var byteStart = markBytes;
        for (var i = 0; i < expected.Count; i++)
        {
            // Bytes before a line: everything from the previous line's start (its text and its line break).
            if (i > 0) byteStart += encoding.GetByteCount(text.Substring(expected[i - 1].Start, expected[i].Start - expected[i - 1].Start));
            var line = split.Lines[i];
            Assert.AreEqual(i + 1, line.Number);
            Assert.AreEqual(expected[i].Start, line.Start);
            Assert.AreEqual(expected[i].Text, line.Text);
            Assert.AreEqual(byteStart, line.ByteStart);
            Assert.AreEqual(encoding.GetByteCount(expected[i].Text), line.ByteLength);
        }
        Assert.AreEqual(markBytes + encoding.GetByteCount(text), split.ByteLength);

        var invalid = expected
            .Select((line, index) => (Index: index, Column: line.Text.IndexOfAny(Invalid)))
            .Where(found => found.Column >= 0)
            .Take(ArchiveLines.MaxCharacterReports)
            .Select(found => new ArchiveLines.LocatedCharacter(found.Index + 1, found.Column + 1, expected[found.Index].Text[found.Column]))
            .ToArray();
        CollectionAssert.AreEqual(invalid, split.InvalidCharacters.ToArray());

        var bidi = expected
            .SelectMany((line, index) => line.Text.Select((c, column) => (Index: index, Column: column, Character: c)))
            .Where(found => "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".Contains(found.Character))
            .Take(ArchiveLines.MaxCharacterReports)
            .Select(found => new ArchiveLines.LocatedCharacter(found.Index + 1, found.Column + 1, found.Character))
            .ToArray();
        CollectionAssert.AreEqual(bidi, split.BidiControls.ToArray());
        Assert.AreEqual(text.Contains('\uFFFD'), split.HasReplacementCharacter);
    }

    private static Encoding EncoderOf(ArchiveEncoding encoding) => encoding switch
    {
        ArchiveEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        ArchiveEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        ArchiveEncoding.Utf32LittleEndian => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        ArchiveEncoding.Utf32BigEndian => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
    };

    private static readonly char[] Invalid = Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not ('\t' or '\r' or '\n')).Append('\u007F').Append('\uFFFD').ToArray();

    private static void AssertSame(ArchiveLines expected, ArchiveLines actual)
    {
        CollectionAssert.AreEqual(expected.Lines, actual.Lines);
        Assert.AreEqual(expected.ByteLength, actual.ByteLength);
        CollectionAssert.AreEqual(expected.InvalidCharacters.ToArray(), actual.InvalidCharacters.ToArray());
        CollectionAssert.AreEqual(expected.BidiControls.ToArray(), actual.BidiControls.ToArray());
        Assert.AreEqual(expected.HasReplacementCharacter, actual.HasReplacementCharacter);
    }
}
