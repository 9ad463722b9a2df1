using System;
using System.Collections.Generic;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Principle: <b>a repeated label marks fields or speakers</b>. A label <c>X：</c> (or <c>X:</c>) that begins three or
/// more lines of an article, or two labels that take turns (<c>Host:</c> / <c>Elena Park:</c>, <c>小林：</c> / <c>老周：</c>),
/// is a field of a record (<c>机构：…</c> under every paper of a digest) or a speaker of a dialogue (<c>主持人：…？</c>):
/// those lines are what a record holds or what someone said, never headings, however short or questioning they are.
/// A labelled line set right against such a line or a paper's metadata line (no blank line between) is a field of the
/// same record (<c>收录会议：…</c> between <c>机构：</c> and <c>论文地址：</c>).
/// </summary>
/// <remarks>Labels are compared on their key (<see cref="CharacterFold"/>), so <c>主持人：</c> and <c>主持人:</c> are one label.</remarks>
internal static class RepeatedLabels
{
    /// <summary>How many lines a label begins before it marks fields or speakers.</summary>
    private const int Repeats = 3;

    /// <summary>How many turns between the same two labels make a dialogue.</summary>
    private const int Turns = 3;

    /// <summary>For each line of the article, whether it opens with a field or speaker label.</summary>
    public static bool[] Find(LineFacts[] facts, LineSpan lines)
    {
        var marked = new bool[facts.Length];
        Dictionary<string, int>? counts = null;
        string?[]? keys = null;
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].LabelLength == 0) continue;
            counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
            keys ??= new string?[facts.Length];
            var key = LabelKey(facts[i]);
            keys[i] = key;
            counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
        }
        if (counts is null || keys is null) return marked;

        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in counts)
        {
            if (pair.Value >= Repeats) repeated.Add(pair.Key);
        }
        AddTakingTurns(keys, counts, repeated);
        if (repeated.Count == 0) return marked;

        var any = false;
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] is { } key && repeated.Contains(key)) marked[i] = any = true;
        }
        if (!any) return marked;

        // A labelled line right against a field (or a paper's metadata line) belongs to the same record.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < keys.Length; i++)
            {
                if (marked[i] || keys[i] is null) continue;
                if (IsFieldAt(i - 1, marked, facts, lines) || IsFieldAt(i + 1, marked, facts, lines))
                {
                    if (!HasMarkedNeighbour(i, marked, facts)) continue;
                    marked[i] = changed = true;
                }
            }
        }
        return marked;
    }

    /// <summary>The label's key: the text before the colon, folded, without surrounding spaces.</summary>
    private static string LabelKey(LineFacts facts) => TextShapes.Trim(CharacterFold.Key(facts.Trimmed.Substring(0, facts.LabelLength)));

    /// <summary>Two labels, each on two or more lines, that follow one another <see cref="Turns"/> times or more: a dialogue.</summary>
    private static void AddTakingTurns(string?[] keys, Dictionary<string, int> counts, HashSet<string> repeated)
    {
        string? previous = null;
        Dictionary<(string, string), int>? turns = null;
        foreach (var key in keys)
        {
            if (key is null) continue;
            if (previous is not null && previous != key && counts[key] >= 2 && counts[previous] >= 2)
            {
                turns ??= new Dictionary<(string, string), int>();
                var pair = string.CompareOrdinal(previous, key) < 0 ? (previous, key) : (key, previous);
                turns[pair] = turns.TryGetValue(pair, out var n) ? n + 1 : 1;
            }
            previous = key;
        }
        if (turns is null) return;
        foreach (var pair in turns)
        {
            if (pair.Value < Turns) continue;
            repeated.Add(pair.Key.Item1);
            repeated.Add(pair.Key.Item2);
        }
    }

    private static bool IsFieldAt(int i, bool[] marked, LineFacts[] facts, LineSpan lines)
    {
        if (i < 0 || i >= facts.Length || facts[i].IsBlank) return false;
        return marked[i] || PaperMetadataLine.TryParse(lines[i].Text, out _);
    }

    /// <summary>Whether the run of lines (no blank between) around line <paramref name="i"/> holds a marked field.</summary>
    private static bool HasMarkedNeighbour(int i, bool[] marked, LineFacts[] facts)
    {
        for (var k = i - 1; k >= 0 && !facts[k].IsBlank; k--)
        {
            if (marked[k]) return true;
        }
        for (var k = i + 1; k < facts.Length && !facts[k].IsBlank; k++)
        {
            if (marked[k]) return true;
        }
        return false;
    }
}
