using System;
using System.Collections.Immutable;
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
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// Archives in every Unicode encoding, given as the bytes of their files: UTF-8 with or without a byte-order mark and
/// UTF-16 in either byte order (what the compiler decodes), and UTF-32 in either byte order (for a host that decodes
/// it; the compiler does not) are valid (no diagnostic) and their texts, read at run time from the embedded file, are
/// exactly right; text in a legacy code page (GB18030, Big5, Windows-1252) is reported with advice on converting it,
/// loses no article, and its texts are compiled in as the compiler read them.
/// </summary>
[TestClass]
public sealed class EncodingTests
{
    private const string Path = "/r/seeds/page.txt";
    private const string Resource = "AiDigest.Archive.page.txt";

    private const string Probe = """
        using System.Text;

        internal static class Probe
        {
            public static string Dump()
            {
                var builder = new StringBuilder();
                foreach (var a in AiDigest.Digest.Articles)
                {
                    builder.Append(a.Title).Append('\u0001').Append(a.Lede).Append('\u0001').Append(a.Text);
                    foreach (var s in a.Sections) builder.Append('\u0002').Append(s.Heading).Append('\u0003').Append(s.Text);
                    builder.Append('\u0004');
                }
                return builder.ToString();
            }

            public static string Titles() => string.Join("\u0001", System.Linq.Enumerable.Select(AiDigest.Digest.Articles, a => a.Title));
        }
        """;

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What <see cref="Probe"/>'s dump holds for a parsed archive (its texts compiled in).</summary>
    private static string Expected(ArchiveModel model)
    {
        var builder = new StringBuilder();
        foreach (var a in model.Articles)
        {
            builder.Append(a.Title).Append('\u0001').Append(a.Lede).Append('\u0001').Append(a.Text);
            foreach (var s in a.Sections) builder.Append('\u0002').Append(s.Heading).Append('\u0003').Append(s.Text);
            builder.Append('\u0004');
        }
        return builder.ToString();
    }

    /// <summary>The seed with CRLF line breaks, a second byte-order mark and characters beyond the BMP at line ends, to stress byte counting.</summary>
    private static string Text(bool crlf) =>
        (crlf ? TestArchive.SeedText.Replace("\n", "\r\n") : TestArchive.SeedText).Replace("WorldMem", "World😀Mem");

    private static byte[] Bytes(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    /// <summary>Runs the generator on the file's bytes, declared as the package's targets declare an embedded archive.</summary>
    private static (ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result, Compilation Output) Generate(byte[] bytes, Encoding? fallback = null)
    {
        var harness = new GeneratorHarness { Consumer = Probe }.WithArchiveBytes(Path, bytes, fallback).WithMetadata(Path, "AiDigestResource", Resource);
        var (result, output, diagnostics) = harness.Run();
        Assert.IsNull(result.Results.Single().Exception);
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems.Take(5)));
        return (diagnostics, result, output);
    }

    private static bool ReadsTheResource(GeneratorDriverRunResult result) =>
        result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", StringComparison.Ordinal)).ToString().Contains(Resource, StringComparison.Ordinal);

    [TestMethod]
    [DataRow("utf-8", false, false)]
    [DataRow("utf-8", true, true)]
    [DataRow("utf-16", false, true)]
    [DataRow("utf-16BE", true, true)]
    [DataRow("utf-32", true, true)]
    [DataRow("utf-32BE", false, true)]
    public void UnicodeArchivesAreValidAndTheirEmbeddedTextsReadBackExactly(string encodingName, bool crlf, bool byteOrderMark)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var text = Text(crlf);
        var bytes = byteOrderMark ? Bytes(encoding, text) : encoding.GetBytes(text);

        var (diagnostics, result, output) = Generate(bytes);

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics.Take(5)));
        Assert.IsTrue(ReadsTheResource(result), "the texts are read from the embedded file, not compiled in");
        using var probe = new LoadedProbe(output, (Resource, bytes));
        var expected = Expected(ArchiveParser.Parse(Path, TestArchive.SeedText.Replace("WorldMem", "World😀Mem")));
        Assert.AreEqual(expected, probe.Text("Dump"), "the same texts as the LF UTF-8 archive");
        StringAssert.Contains(expected, "World😀Mem");
    }

    [TestMethod]
    [DataRow("utf-8")]
    [DataRow("utf-16")]
    [DataRow("utf-32BE")]
    public void TwoByteOrderMarksReadBackExactly(string encodingName)
    {
        // Files saved with a mark and concatenated: the compiler takes off the first, the second is text.
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(Bytes(encoding, TestArchive.SeedText)).ToArray();

        var (diagnostics, result, output) = Generate(bytes);

        Assert.AreEqual(0, diagnostics.Length, string.Join("\n", diagnostics.Take(5)));
        Assert.IsTrue(ReadsTheResource(result));
        using var probe = new LoadedProbe(output, (Resource, bytes));
        Assert.AreEqual(Expected(TestArchive.ParseSeed()), probe.Text("Dump"));
    }

    [TestMethod]
    public void ALegacyChineseArchiveReadAsUtf8IsReportedLosesNoArticleAndCompilesItsTextsIn()
    {
        // On .NET on Linux and macOS the compiler's fallback for bytes that are not UTF-8 is UTF-8 with U+FFFD.
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(TestArchive.SeedText);

        var (diagnostics, result, output) = Generate(bytes);

        var invalid = diagnostics.Where(d => d.Id == "AIDG0002").ToList();
        Assert.AreEqual(ArchiveLines.MaxCharacterReports, invalid.Count, "the first bad character of each line, up to the limit");
        Assert.IsFalse(diagnostics.Any(d => d.Id == "AIDG0101"), "the parser did not fail");
        var message = invalid[0].GetMessage();
        StringAssert.Contains(message, "U+FFFD");
        StringAssert.Contains(message, "iconv -f GB18030 -t UTF-8");
        Assert.IsFalse(ReadsTheResource(result), "byte ranges counted from replaced text would not match the file");

        var decoded = new EncodedAdditionalText(Path, bytes).GetText().ToString();
        using var probe = new LoadedProbe(output, (Resource, bytes));
        Assert.AreEqual(27, probe.Text("Titles").Split('\u0001').Length, "every article is still there");
        Assert.AreEqual(Expected(ArchiveParser.Parse(Path, decoded)), probe.Text("Dump"), "the texts as the compiler read them");
    }

    [TestMethod]
    [DataRow("GB18030", "GB18030")]
    [DataRow("GB18030", "windows-1252")]
    [DataRow("big5", "big5")]
    [DataRow("windows-1252", "windows-1252")]
    public void ALegacyArchiveReadInItsCodePageIsReportedOnceAndKeepsEveryArticle(string fileEncoding, string compilerEncoding)
    {
        // Windows compilers fall back to the system's code page, or the project's CodePage, for bytes that are not UTF-8
        // (the Latin letters make Windows-1252 bytes that are not UTF-8 either).
        var bytes = Encoding.GetEncoding(fileEncoding).GetBytes(TestArchive.SeedText.Replace("WorldMem", "Wörld Mém"));
        var fallback = Encoding.GetEncoding(compilerEncoding);

        var (diagnostics, result, output) = Generate(bytes, fallback);

        var notUnicode = diagnostics.First();
        Assert.AreEqual("AIDG0002", notUnicode.Id);
        Assert.AreEqual(new LinePosition(0, 0), notUnicode.Location.GetLineSpan().StartLinePosition);
        StringAssert.Contains(notUnicode.GetMessage(), "read as " + fallback.WebName);
        StringAssert.Contains(notUnicode.GetMessage(), "iconv -f GB18030 -t UTF-8");
        Assert.IsFalse(ReadsTheResource(result));

        var decoded = fallback.GetString(bytes);
        using var probe = new LoadedProbe(output, (Resource, bytes));
        Assert.AreEqual(27, probe.Text("Titles").Split('\u0001').Length, "every article is still there");
        Assert.AreEqual(Expected(ArchiveParser.Parse(Path, decoded)), probe.Text("Dump"), "the texts as the compiler read them");
        if (fileEncoding == compilerEncoding && fileEncoding == "GB18030")
        {
            StringAssert.StartsWith(probe.Text("Titles"), "物理图灵测试\u0001", "read in its own code page, the text is right");
        }
    }

    [TestMethod]
    public void AUtf32FileTheCompilerReadsAsUtf16IsReportedOnceWithAdvice()
    {
        // The compiler knows the byte-order marks of UTF-8 and UTF-16 only: UTF-32's little-endian mark FF FE 00 00 is
        // UTF-16's FF FE and a NUL, so it decodes the rest as UTF-16 (a real build does; UTF-32 big-endian is CS2015).
        var bytes = Bytes(new UTF32Encoding(bigEndian: false, byteOrderMark: true), TestArchive.SeedText);
        var harness = new GeneratorHarness { Consumer = Probe };
        var text = SourceText.From(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), Encoding.Unicode);
        harness.WithArchiveText(Path, text).WithMetadata(Path, "AiDigestResource", Resource);

        var (result, output, diagnostics) = harness.Run();

        Assert.IsNull(result.Results.Single().Exception);
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count);
        var notUtf32 = diagnostics.Where(d => d.Id == "AIDG0002").ToList();
        Assert.AreEqual(1, notUtf32.Count, string.Join("\n", notUtf32.Take(3)));
        Assert.AreEqual(
            "The archive is UTF-32, which the compiler cannot read: it read it as UTF-16, with a NUL after every character; save it as UTF-8, e.g. 'iconv -f UTF-32 -t UTF-8 page.txt > page.utf8.txt'",
            notUtf32[0].GetMessage());
        Assert.AreEqual(new LinePosition(0, 0), notUtf32[0].Location.GetLineSpan().StartLinePosition);
    }

    [TestMethod]
    public void AUtf16FileWithAStrayOddByteIsReportedAndItsTextsAreCompiledIn()
    {
        var bytes = Bytes(Encoding.Unicode, TestArchive.SeedText).Append((byte)0x41).ToArray();

        var (diagnostics, result, output) = Generate(bytes);

        var invalid = diagnostics.Single(d => d.Id == "AIDG0002");
        StringAssert.Contains(invalid.GetMessage(), "not valid UTF-16");
        Assert.IsFalse(ReadsTheResource(result));
        using var probe = new LoadedProbe(output, (Resource, bytes));
        Assert.AreEqual(27, probe.Text("Titles").Split('\u0001').Length);
    }
}
