using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Generation;
using AiDigest.Generators.Tests.Support;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Diagnostics;

/// <summary>
/// The whole generator, fuzzed with structure-aware mutations of the real seed: lines deleted, duplicated, swapped and
/// inserted; separators, titles, metadata labels and URLs broken; bidi, control and invisible characters injected;
/// line breaks mixed; the file re-encoded (UTF-8 with and without a byte-order mark, UTF-16 in both byte orders, a
/// legacy Chinese code page read as the compiler reads it on Linux and on Windows, UTF-32 misread as UTF-16),
/// embedded or compiled in. Whatever comes out: the generator never throws (CS8785), the generated code compiles
/// without a warning, carries no raw bidi or invisible character, and every non-blank line of the text the compiler
/// read is in exactly one element of the model the generator built, in order.
/// </summary>
[TestClass]
public sealed class GeneratorFuzzTests
{
    private const int Cases = 2000;
    private const string Path = "/r/seeds/fuzzed.txt";

    private static readonly string[] SeedLines = TestArchive.SeedText.Split('\n');

    static GeneratorFuzzTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>One edit: its kind, where, a second number (another line, a column, a choice), and text it may insert.</summary>
    public sealed record Edit(int Kind, int Line, int Other, string Text)
    {
        public override string ToString() => $"{Kind}@{Line}/{Other}:{Escaped(Text)}";
    }

    /// <summary>A case: a window of the seed, the edits, how lines end, how the file is encoded, and whether it is embedded.</summary>
    public sealed record Case(int Start, int Length, Edit[] Edits, int LineEnds, int Encoding, bool Embedded)
    {
        public override string ToString() =>
            $"seed lines {Start}+{Length}, line ends {LineEnds}, encoding {Encoding}, embedded {Embedded}, edits {string.Join(" ", Edits.Select(e => e.ToString()))}";
    }

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is < ' ' or > '~' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));

    /// <summary>Characters that hide, reorder or break text.</summary>
    private static readonly string[] Hostile =
    {
        "\u202E", "\u202D", "\u202A", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200F", "\u061C", "\u2060", "\uFEFF",
        "\u00AD", "\u3164", "\uDB40\uDC41", "\0", "\u0001", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uD800", "\uDFFF",
        "\uFFFE", "\t", "\u00A0", "\u3000", "\"", "\\", "*/", "</summary>", "{", "😀",
    };

    /// <summary>Lines the archive format gives meaning to, whole or broken.</summary>
    private static readonly string[] Structural =
    {
        "....", "...", ". . . .", "#", "#Injected title", "# code comment", "##Heading", "论文地址:", "论文标题:Orphan paper",
        "论文链接:https://arxiv.org/abs/2505.02835", "代码链接:https://github.com/someone", "项目主页:not a url", "参考文献", "\u2460 first",
        "\u2463 skipped", "[2] repeated", "图片", "图 1 caption", "https://arxiv.org/abs/9999.99999", "arXiv:2513.01234", "01 标题", "一\u3001标题",
        "```", "def f(x):", "    return x", "- bullet", "目录", "\uFF0C时长17:33", "\u00A0", "",
    };

    private static readonly Gen<string> Inserted = Gen.OneOf(
        Gen.Int[0, Structural.Length - 1].Select(i => Structural[i]),
        Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i]),
        Gen.Char[(char)0, (char)0xFFFF].Array[0, 16].Select(chars => new string(chars)),
        Gen.String[0, 24]);

    private static readonly Gen<Edit> Edits =
        Gen.Select(Gen.Int[0, 13], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Inserted, (kind, line, other, text) => new Edit(kind, line, other, text));

    private static readonly Gen<Case> Cases_ =
        Gen.Select(Gen.Int[0, SeedLines.Length - 1], Gen.Int[15, 120], Edits.Array[1, 12], Gen.Int[0, 3], Gen.Int[0, 9], Gen.Bool,
            (start, length, edits, lineEnds, encoding, embedded) => new Case(start, length, edits, lineEnds, encoding, embedded));

    private static readonly string[] SeparatorBreaks = { "...", ". . . .", "....x", "  ....", "\u3002\u3002\u3002\u3002", "…", "....\u202E" };

    /// <summary>Applies the edits to the lines, in order.</summary>
    internal static List<string> Apply(IReadOnlyList<string> source, IEnumerable<Edit> edits)
    {
        var lines = source.ToList();
        foreach (var e in edits)
        {
            if (lines.Count == 0) lines.Add(string.Empty);
            var at = e.Line % lines.Count;
            var line = lines[at];
            var column = e.Other % (line.Length + 1);
            switch (e.Kind)
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, line); break;
                case 2: (lines[at], lines[e.Other % lines.Count]) = (lines[e.Other % lines.Count], line); break;
                case 3: lines.Insert(at, e.Text); break;
                case 4: lines[at] = line.Insert(column, e.Text); break;
                case 5: lines[at] = line.Substring(0, column); break;
                case 6:
                    // Break the nearest separator.
                    var separator = lines.FindIndex(at, l => l.Trim() == "....");
                    if (separator >= 0) lines[separator] = SeparatorBreaks[e.Other % SeparatorBreaks.Length];
                    break;
                case 7:
                    // Break the nearest title: a space after '#', no '#', '##', only '#', a full-width '#', a bidi control first.
                    var title = lines.FindIndex(at, l => l.StartsWith('#'));
                    if (title >= 0)
                    {
                        var rest = lines[title].Substring(1);
                        lines[title] = (e.Other % 6) switch { 0 => "# " + rest, 1 => rest, 2 => "##" + rest, 3 => "#", 4 => "\uFF03" + rest, _ => "\u202E#" + rest };
                    }
                    break;
                case 8:
                    // Break the nearest metadata label: its colon, its value, its words.
                    var label = lines.FindIndex(at, l => l.Contains("论文", StringComparison.Ordinal) || l.Contains("代码", StringComparison.Ordinal) || l.Contains("Github", StringComparison.OrdinalIgnoreCase));
                    if (label >= 0)
                    {
                        var text = lines[label];
                        var colon = text.IndexOfAny(new[] { ':', '\uFF1A' });
                        lines[label] = (e.Other % 5) switch
                        {
                            0 when colon >= 0 => text.Remove(colon, 1),
                            1 when colon >= 0 => text.Substring(0, colon + 1),
                            2 when colon >= 0 => text.Substring(0, colon + 1) + " not a link",
                            3 => text.Replace("论文", "论 文", StringComparison.Ordinal),
                            _ => text + e.Text,
                        };
                    }
                    break;
                case 9:
                    // Break the nearest URL: cut it, put a space or a bidi control in it, mangle its scheme.
                    var url = lines.FindIndex(at, l => l.Contains("http", StringComparison.Ordinal));
                    if (url >= 0)
                    {
                        var text = lines[url];
                        var start = text.IndexOf("http", StringComparison.Ordinal);
                        var inside = start + 4 + (e.Other % Math.Max(1, text.Length - start - 3));
                        inside = Math.Min(inside, text.Length);
                        lines[url] = (e.Other % 5) switch
                        {
                            0 => text.Substring(0, inside),
                            1 => text.Insert(inside, " "),
                            2 => text.Insert(inside, "\u202E"),
                            3 => text.Remove(start, 4).Insert(start, "htps"),
                            _ => text.Insert(inside, ")\u3002"),
                        };
                    }
                    break;
                case 10: lines[at] = line.Insert(column, Hostile[e.Other % Hostile.Length]); break;
                case 11: lines[at] = e.Text; break;
                case 12:
                    // Move a block of lines elsewhere (an article pasted into another).
                    var count = Math.Min(1 + (e.Other % 8), lines.Count - at);
                    var block = lines.GetRange(at, count);
                    lines.RemoveRange(at, count);
                    lines.InsertRange(e.Other % (lines.Count + 1), block);
                    break;
                default: lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + (e.Other % 4))); break;
            }
        }
        return lines;
    }

    /// <summary>Joins the lines with LF, CRLF, CR, or a mix.</summary>
    private static string Join(List<string> lines, int lineEnds)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines[i]);
            if (i < lines.Count - 1 || lineEnds == 3) builder.Append((lineEnds == 3 ? i % 3 : lineEnds) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }
        return builder.ToString();
    }

    /// <summary>The archive file as the compiler hands it over: the text, encoded one way or another and decoded as the compiler decodes it.</summary>
    private static AdditionalText File(string text, int encoding) => encoding switch
    {
        0 or 1 or 2 or 3 => new InMemoryAdditionalText(Path, text),
        4 => new EncodedAdditionalText(Path, Bytes(new UTF8Encoding(true), text)),
        5 => new EncodedAdditionalText(Path, Bytes(Encoding.Unicode, text)),
        6 => new EncodedAdditionalText(Path, Bytes(Encoding.BigEndianUnicode, text)),
        // GB18030 bytes: on Linux the compiler falls back to UTF-8 (U+FFFD for bad bytes), on Windows to a code page.
        7 => new EncodedAdditionalText(Path, Encoding.GetEncoding("GB18030").GetBytes(text)),
        8 => new EncodedAdditionalText(Path, Encoding.GetEncoding("GB18030").GetBytes(text), Encoding.GetEncoding(1252)),
        // UTF-32 little endian: the compiler takes FF FE for UTF-16's mark and reads the rest as UTF-16.
        _ => new DecodedAdditionalText(Path, Misread(Bytes(new UTF32Encoding(false, true), text))),
    };

    private static byte[] Bytes(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    private static SourceText Misread(byte[] utf32) => SourceText.From(Encoding.Unicode.GetString(utf32, 2, utf32.Length - 2), Encoding.Unicode);

    /// <summary>The non-blank lines the parser must keep: split at LF, CRLF and CR, one leading byte-order mark dropped.</summary>
    private static List<string> NonBlankLines(string text)
    {
        if (text.StartsWith('\uFEFF')) text = text.Substring(1);
        return text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Where(line => !Generators.Text.TextShapes.IsBlank(line)).ToList();
    }

    [TestMethod]
    [Timeout(900_000)]
    public void TheGeneratorNeverThrowsItsOutputCompilesAndEveryLineRoundTrips()
    {
        var checker = new OutputChecker();
        Cases_.Sample(c =>
        {
            var text = Join(Apply(SeedLines.Skip(c.Start).Take(c.Length).ToList(), c.Edits), c.LineEnds);
            var file = File(text, c.Encoding);
            var harness = new GeneratorHarness().WithArchiveFile(file);
            if (c.Embedded) harness.WithMetadata(Path, "AiDigestResource", "AiDigest.Archive.fuzzed.txt");

            var driver = harness.CreateDriver(trackSteps: true).RunGeneratorsAndUpdateCompilation(checker.Consumer, out var output, out var diagnostics);
            var result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null) throw new InvalidOperationException("the generator threw (CS8785)", result.Exception);
            if (diagnostics.Any(d => d.Id == "AIDG0101")) throw new InvalidOperationException("the parser failed: " + string.Join("; ", diagnostics.Where(d => d.Id == "AIDG0101")));

            var model = result.TrackedSteps[DigestGenerator.Steps.Parse].Select(step => step.Outputs.Single().Value).OfType<ArchiveModel>().Single();
            var expected = NonBlankLines(file.GetText()!.ToString());
            var actual = RoundTripTests.RebuildNonBlankLines(model);
            if (!expected.SequenceEqual(actual))
            {
                var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
                throw new InvalidOperationException($"round trip broke at non-blank line {at + 1}: {expected.Count} lines in, {actual.Count} out");
            }

            checker.Check(output, result.GeneratedSources);
        }, iter: Cases, print: c => c.ToString());
    }

    /// <summary>
    /// Compiles what varies from case to case and nothing more: the types and the run-time code depend on the options
    /// alone, so their method bodies are checked once, and again for any case whose types or run-time code differ from
    /// the first's (none should); each case checks every declaration and the generated data's method bodies.
    /// </summary>
    private sealed class OutputChecker
    {
        private readonly object _gate = new();
        private Dictionary<string, string>? _invariant;

        public Compilation Consumer { get; } = new GeneratorHarness().CreateCompilation();

        public void Check(Compilation output, ImmutableArray<GeneratedSourceResult> sources)
        {
            foreach (var source in sources)
            {
                var raw = TrojanSourceTests.RawHiddenCharacters(source.SourceText.ToString()).FirstOrDefault();
                if (raw != default) throw new InvalidOperationException($"{source.HintName} holds U+{raw.CodePoint:X4} raw at {raw.Offset}");
            }

            var invariant = sources.Where(s => s.HintName != "AiDigest.Data.g.cs").ToDictionary(s => s.HintName, s => s.SourceText.ToString());
            bool checkEverything;
            lock (_gate)
            {
                checkEverything = _invariant is null || !_invariant.OrderBy(p => p.Key).SequenceEqual(invariant.OrderBy(p => p.Key));
                _invariant ??= invariant;
            }

            var problems = new List<Diagnostic>();
            if (checkEverything)
            {
                problems.AddRange(GeneratorHarness.CompileProblems(output));
            }
            else
            {
                problems.AddRange(output.GetDeclarationDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
                var data = sources.Single(s => s.HintName == "AiDigest.Data.g.cs").SyntaxTree;
                problems.AddRange(output.GetSemanticModel(data).GetMethodBodyDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            }
            if (problems.Count > 0) throw new InvalidOperationException("the generated code does not compile: " + string.Join("; ", problems.Take(5)));
        }
    }
}
