using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// Trojan Source (CVE-2021-42574): bidirectional controls and invisible characters in an archive's titles, ledes,
/// headings and code never reach the generated C# raw, where an editor would show the code other than it compiles;
/// they are escaped in literals and shown escaped in XML docs, the API reads the text back exactly, and AIDG0015
/// reports each bidi control in the archive.
/// </summary>
[TestClass]
public sealed class TrojanSourceTests
{
    private const string Path = "/r/seeds/trojan.txt";

    // The paper's patterns: a comment that seems closed (RLO, then isolates around what looks like code), a string
    // that seems to end early (RLI … PDI), an early return; then invisible characters: zero-width space, word
    // joiner, a Hangul filler and an invisible tag character (U+E0041, a surrogate pair).
    private const string Title = "Admins only /*\u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */";
    private const string Lede = "access_level != \"user\u202E \u2066// Check if admin\u2069 \u2066\" and zero\u200Bwidth\u2060joined\u3164filler \uDB40\uDC41tag";
    private const string Heading = "01 \u2067return\u2069 early";
    private const string Code = "    if access_level != \"user\u202E \u2066# Check if admin\u2069 \u2066\":";

    private static readonly string Archive = string.Join("\n",
        "#" + Title,
        "",
        Lede,
        "",
        Heading,
        "",
        "这一节说明检查是怎样绕过的,读者看到的和程序执行的并不一样。",
        "",
        "def check(access_level):",
        Code,
        "        return True",
        "",
        "....");

    private const string Probe = """
        using System.Linq;

        /// <summary>Reads the generated data back.</summary>
        internal static class Probe
        {
            /// <summary>The first article's strings.</summary>
            public static string Title() => AiDigest.Digest.Articles[0].Title;

            /// <summary>The lede.</summary>
            public static string Lede() => AiDigest.Digest.Articles[0].Lede ?? "(null)";

            /// <summary>Every heading.</summary>
            public static string Headings() => string.Join("\u0001", AiDigest.Digest.Articles[0].Sections.Select(s => s.Heading));

            /// <summary>The body text.</summary>
            public static string Text() => AiDigest.Digest.Articles[0].Text;

            /// <summary>A search for text behind a bidi control finds it.</summary>
            public static string Search() => string.Join("\u0001", AiDigest.Digest.Search("\u2066if (isAdmin)\u2069").Select(h => h.Field.ToString()));
        }
        """;

    private static (GeneratorDriverRunResult Result, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Run() =>
        new GeneratorHarness { Consumer = Probe, DocumentationMode = DocumentationMode.Diagnose }
            .WithProperty("AiDigestAccessibility", "public")
            .WithArchive(Path, Archive)
            .Run();

    /// <summary>Bidi controls and invisible characters, found with the runtime's Unicode data (not the generator's table).</summary>
    internal static IEnumerable<(int Offset, int CodePoint)> RawHiddenCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format || codePoint is 0x3164 or 0x115F or 0x1160 or 0xFFA0)
            {
                yield return (i, codePoint);
            }
            if (codePoint > 0xFFFF) i++;
        }
    }

    [TestMethod]
    public void NoGeneratedFileCarriesARawBidiControlOrInvisibleCharacter()
    {
        var (result, output, _) = Run();

        Assert.IsNull(result.Results.Single().Exception);
        Assert.AreEqual(0, GeneratorHarness.CompileProblems(output).Count, string.Join("\n", GeneratorHarness.CompileProblems(output)));
        Assert.IsTrue(RawHiddenCharacters(Archive).Count() >= 15, "the archive is full of them");
        foreach (var tree in result.GeneratedTrees)
        {
            var raw = RawHiddenCharacters(tree.ToString()).Take(5).ToList();
            Assert.AreEqual(0, raw.Count, $"{System.IO.Path.GetFileName(tree.FilePath)}: U+{string.Join(", U+", raw.Select(r => r.CodePoint.ToString("X4", CultureInfo.InvariantCulture)))}");
        }
    }

    [TestMethod]
    public void TheApiReadsTitlesLedesHeadingsAndCodeBackExactly()
    {
        var (_, output, _) = Run();
        using var probe = new LoadedProbe(output);

        Assert.AreEqual(Title, probe.Text("Title"));
        Assert.AreEqual(Lede, probe.Text("Lede"));
        Assert.AreEqual(Heading, probe.Text("Headings"));
        StringAssert.Contains(probe.Text("Text"), "\n" + Code + "\n", "the code line, inside the body");
        Assert.AreEqual("Title", probe.Text("Search"));
    }

    [TestMethod]
    public void XmlDocsShowTheHiddenCharactersEscaped()
    {
        var (result, _, _) = Run();
        var data = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("AiDigest.Data.g.cs", System.StringComparison.Ordinal)).ToString();

        StringAssert.Contains(data, @"/// <summary>Admins only /*\u202E } \u2066if (isAdmin)\u2069 \u2066 begin admins only */: access_level");
        StringAssert.Contains(data, @"zero\u200Bwidth\u2060joined\u3164filler \U000E0041tag<para>trojan.txt, line 1.</para></summary>");
        StringAssert.Contains(data, "public readonly global::AiDigest.Article Admins_only_if_isAdmin_begin_admins_only;", "the member name drops them");
    }

    [TestMethod]
    public void DiagnosticMessagesShowTheHiddenCharactersEscaped()
    {
        // A second article with the same title: AIDG0009 quotes the title in its message, as build logs show it.
        var archive = "#" + Title + "\n\none\n\n....\n\n#" + Title + "\n\ntwo\n\n....\n";
        var (_, _, diagnostics) = new GeneratorHarness().WithArchive(Path, archive).Run();

        var duplicate = diagnostics.Single(d => d.Id == "AIDG0009");
        var message = duplicate.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        StringAssert.Contains(message, "/*\\u202E } \\u2066if (isAdmin)\\u2069");
        Assert.IsFalse(message.Any(c => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')), message);
    }

    [TestMethod]
    public void EachBidiControlIsReportedAtItsLineAndColumn()
    {
        var (_, _, diagnostics) = Run();

        var reported = diagnostics.Where(d => d.Id == "AIDG0015")
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .ToList();
        var expected = new List<(int, int)>();
        var lines = Archive.Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            for (var column = 0; column < lines[line].Length; column++)
            {
                if ("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".Contains(lines[line][column])) expected.Add((line + 1, column + 1));
            }
        }
        Assert.AreEqual(14, expected.Count);
        CollectionAssert.AreEqual(expected, reported);
        Assert.IsTrue(diagnostics.All(d => d.Id == "AIDG0015"), string.Join("\n", diagnostics));
    }

    [TestMethod]
    [DataRow("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069")]
    [DataRow("\u200B\u200C\u200D\u200E\u200F\u2060\u2061\u2062\u2063\u2064\u00AD\u061C\uFEFF\u180E")]
    [DataRow("\u3164\u115F\u1160\uFFA0")]
    [DataRow("tags \uDB40\uDC01\uDB40\uDC41\uDB40\uDC7F end")]
    [DataRow("mixed 中文\u202Eabc\u2069 😀 \uD800 lone")]
    public void LiteralsAndDocsEscapeEveryHiddenCharacterAndLiteralsReadBack(string value)
    {
        var literal = CSharpLiteral.String(value);
        var doc = CSharpLiteral.XmlDoc(value);

        Assert.AreEqual(0, RawHiddenCharacters(literal).Count(), literal);
        Assert.AreEqual(0, RawHiddenCharacters(doc).Count(), doc);
        var expression = (LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal);
        Assert.IsFalse(expression.ContainsDiagnostics, literal);
        Assert.AreEqual(value, expression.Token.ValueText);
    }
}
