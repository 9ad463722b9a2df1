using System;
using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Tests.Support;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Diagnostics;

/// <summary>
/// Property tests over mutations of the whole real seed: whatever a scrape or a hand edit does to the archive, the
/// parser keeps every non-blank line in exactly one element. (The whole generator is fuzzed in <see cref="GeneratorFuzzTests"/>.)
/// </summary>
[TestClass]
[TestCategory("Slow")]
public sealed class MutationPropertyTests
{
    private const int Cases = 1000;

    private static readonly string[] SeedLines = TestArchive.SeedText.Split('\n');

    /// <summary>One edit: what it does, where, a second position, and text it inserts.</summary>
    public sealed record Mutation(int Kind, int Position, int Other, string Text);

    private static readonly Gen<string> Insertions = Gen.OneOf(
        Gen.Const("...."),
        Gen.Const("#"),
        Gen.Const("#Injected title"),
        Gen.Const("# code comment"),
        Gen.Const("\u00A0"),
        Gen.Const("论文地址:"),
        Gen.Const("论文标题:Orphan"),
        Gen.Const("参考文献"),
        Gen.Const("④ skipped entry"),
        Gen.Const("图片"),
        Gen.Const("https://arxiv.org/abs/9999.99999"),
        Gen.Const("\0\u0001\u001F\u007F"),
        Gen.Const("\uFFFD\uD800"),
        Gen.Char[(char)0, (char)0xFFFF].Array[0, 24].Select(chars => new string(chars)),
        Gen.String);

    private static readonly Gen<Mutation[]> Mutations =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Insertions, (kind, position, other, text) => new Mutation(kind, position, other, text))
            .Array[1, 16];

    /// <summary>Deletes, duplicates, swaps, truncates and splices lines, and inserts text, separators and '#' lines.</summary>
    private static string Apply(IReadOnlyList<string> source, Mutation[] mutations)
    {
        var lines = source.ToList();
        foreach (var m in mutations)
        {
            if (lines.Count == 0) lines.Add(string.Empty);
            var at = m.Position % lines.Count;
            var other = m.Other % lines.Count;
            switch (m.Kind)
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[at]); break;
                case 2: (lines[at], lines[other]) = (lines[other], lines[at]); break;
                case 3: lines.RemoveRange(at, lines.Count - at); break;
                case 4: lines.Insert(at, m.Text); break;
                case 5: lines[at] = lines[at].Insert(other % (lines[at].Length + 1), m.Text); break;
                case 6: lines[at] = lines[at].Substring(0, other % (lines[at].Length + 1)); break;
                case 7: lines.Insert(at, m.Text.Length % 2 == 0 ? "...." : "#" + m.Text); break;
                default: lines[at] = m.Text; break;
            }
        }
        return string.Join("\n", lines);
    }

    [TestMethod]
    public void EveryNonBlankLineOfAMutatedSeedLandsInExactlyOneElement()
    {
        Mutations.Sample(mutations =>
        {
            var text = Apply(SeedLines, mutations);
            var model = ArchiveParser.Parse("/r/seeds/mutated.txt", text);
            var expected = RoundTripTests.NonBlankLines(text);
            var actual = RoundTripTests.RebuildNonBlankLines(model);
            if (!expected.SequenceEqual(actual))
            {
                throw new InvalidOperationException($"round trip broke: {expected.Count} lines in, {actual.Count} out");
            }
        }, iter: Cases);
    }
}
