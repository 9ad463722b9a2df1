using System.Linq;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>Hostile archive text reaches C# escaped, compiles (XML docs checked), and reads back exactly.</summary>
[TestClass]
[TestCategory("Slow")]
public sealed class EscapingTests
{
    private const string Hostile = "q\"uote \\back\\slash \"\"\" raw {brace} }} */ /* </summary> <c> & &amp; \u2028sep\u2029 \u0085 nul\0 bell\u0007 lone\uD800 low\uDC00 😂 end";

    private const string Probe = """
        using System.Linq;

        /// <summary>Reads the generated data back.</summary>
        internal static class Probe
        {
            /// <summary>Every string of every article.</summary>
            public static string Dump() => string.Join("\u0001", AiDigest.Digest.Articles.Select(a =>
                a.Title + "\u0002" + a.Lede + "\u0002" + a.Text + "\u0002" + string.Join("\u0003", a.Sections.Select(s => s.Heading + "\u0004" + s.Text))
                + "\u0002" + string.Join("\u0003", a.Links.Select(l => l.Url))));
        }
        """;

    [TestMethod]
    public void HostileTitlesAndTextRoundTripThroughGeneratedCode()
    {
        var archive = string.Join("\n",
            "#" + Hostile,
            "",
            Hostile,
            "",
            "研究背景",
            "",
            Hostile,
            "",
            "https://example.com/a\"b?q={x}&y=\\",
            "",
            "....");
        var harness = new GeneratorHarness { Consumer = Probe, DocumentationMode = DocumentationMode.Diagnose }.WithArchive("/r/seeds/hostile.txt", archive);

        var (result, output, _) = harness.Run();

        Assert.IsNull(result.Results.Single().Exception);
        var problems = GeneratorHarness.CompileProblems(output);
        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        var model = ArchiveParser.Parse("/r/seeds/hostile.txt", archive).Articles.Single();
        var expected = model.Title + "\u0002" + model.Lede + "\u0002" + model.Text + "\u0002"
            + string.Join("\u0003", model.Sections.Select(s => s.Heading + "\u0004" + s.Text)) + "\u0002" + string.Join("\u0003", model.Links.Select(l => l.Url));
        Assert.AreEqual(Hostile.Trim(), model.Title);
        Assert.AreEqual(expected, GeneratorHarness.Invoke(output, "Dump"));
    }

    [TestMethod]
    [DataRow("plain 中文")]
    [DataRow("cr\rlf\ncrlf\r\n")]
    [DataRow("\"\"\" and \\\" and \\")]
    [DataRow("\u2028\u2029\u0085\0\u007F\uFEFF")]
    [DataRow("lone \uD800 and \uDFFF, pair 😂")]
    public void StringLiteralsParseBackToTheSameString(string value)
    {
        var literal = CSharpLiteral.String(value);
        var expression = SyntaxFactory.ParseExpression(literal);

        Assert.IsFalse(expression.ContainsDiagnostics, literal);
        Assert.AreEqual(value, ((Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax)expression).Token.ValueText);
        Assert.IsFalse(literal.Any(c => c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085'), "a literal never breaks the line");
    }

    [TestMethod]
    public void XmlDocTextIsWellFormed()
    {
        var text = CSharpLiteral.XmlDoc("a < b & c > d </summary> \n next \uD800 \0");

        Assert.AreEqual("a &lt; b &amp; c &gt; d &lt;/summary&gt;   next  ", text);
    }
}
