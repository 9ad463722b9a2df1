using System;
using System.Collections.Generic;

namespace AiDigest.Generators.Analyzer;

/// <summary>"Did you mean …": the closest key by edit distance, when it is close enough to be a typo.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate with the smallest Levenshtein distance to <paramref name="value"/> (ordinal, case-insensitive
    /// where letters have case), when that distance is at most <c>max(2, length / 4)</c>; the first such candidate
    /// on a tie; null when none is that close.
    /// </summary>
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, value.Length / 4);
        string? best = null;
        var bestDistance = limit + 1;
        var previous = new int[value.Length + 1];
        var current = new int[value.Length + 1];
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - value.Length) >= bestDistance) continue;
            var distance = Distance(value, candidate, bestDistance - 1, previous, current);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                if (distance == 0) break;
            }
        }
        return best;
    }

    /// <summary>The edit distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>; two rows, no other allocation.</summary>
    public static int Distance(string a, string b, int max, int[] previous, int[] current)
    {
        for (var i = 0; i <= a.Length; i++) previous[i] = i;
        for (var j = 1; j <= b.Length; j++)
        {
            current[0] = j;
            var rowMinimum = j;
            var bj = char.ToUpperInvariant(b[j - 1]);
            for (var i = 1; i <= a.Length; i++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == bj ? 0 : 1;
                var value = Math.Min(Math.Min(previous[i] + 1, current[i - 1] + 1), previous[i - 1] + cost);
                current[i] = value;
                if (value < rowMinimum) rowMinimum = value;
            }
            if (rowMinimum > max) return max + 1;
            var swap = previous;
            previous = current;
            current = swap;
        }
        return Math.Min(previous[a.Length], max + 1);
    }

    /// <summary>The edit distance, without a bound.</summary>
    public static int Distance(string a, string b) =>
        Distance(a, b, int.MaxValue - 1, new int[a.Length + 1], new int[a.Length + 1]);
}
