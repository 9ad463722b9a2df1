using System;
using AiDigest.Generators.Text;
using System.Collections.Generic;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>arXiv ids named in running text (<c>arXiv:2512.16969v1</c>, <c>arXiv 2505.02835</c>).</summary>
internal static class ArxivMentions
{
    /// <summary>An id mentioned in running text (<c>arXiv:2512.16969v1</c>), with its column.</summary>
    public readonly record struct Mention(int Column, int Length, string Written, string? Id);

    /// <summary>Finds <c>arXiv:ID</c> and <c>arXiv ID</c> mentions; <see cref="Mention.Id"/> is null when the id is malformed.</summary>
    public static IReadOnlyList<Mention> FindMentions(string line)
    {
        var index = line.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase);
        if (index < 0) return Array.Empty<Mention>();
        var mentions = new List<Mention>();
        while (true)
        {
            index = line.IndexOf("arxiv", index, StringComparison.OrdinalIgnoreCase);
            if (index < 0) break;
            var afterWord = index + 5;
            if ((index > 0 && (char.IsLetterOrDigit(line[index - 1]) || line[index - 1] == '/' || line[index - 1] == '.'))
                || afterWord >= line.Length || !(TextShapes.IsColon(line[afterWord]) || line[afterWord] == ' '))
            {
                index = afterWord;
                continue;
            }
            var start = afterWord + 1;
            while (start < line.Length && line[start] == ' ') start++;
            var end = start;
            while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] is '.' or '/' or '-') && line[end] < 128) end++;
            while (end > start && line[end - 1] == '.') end--;
            var colonForm = line[afterWord] != ' ';
            // arXiv:2505.02835 (new style) or arXiv:hep-th/9711200 (old style, an archive's name before the slash).
            if (end > start && (char.IsDigit(line[start]) || colonForm && IsOldStyle(line, start, end)) && (colonForm || LooksLikeNewStyleId(line, start, end)))
            {
                var written = line.Substring(start, end - start);
                mentions.Add(new Mention(start, end - start, written, ArxivIdentifier.TryNormalize(written, out var id) ? id : null));
            }
            index = Math.Max(end, afterWord);
        }
        return mentions;
    }

    private static bool IsOldStyle(string line, int start, int end)
    {
        var slash = line.IndexOf('/', start, end - start);
        return slash > start && end - slash - 1 >= 7 && AllDigits(line, slash + 1, 7);
    }

    /// <summary>"arXiv 2024" names a venue and a year; only "arXiv 2505.02835" names a paper.</summary>
    private static bool LooksLikeNewStyleId(string line, int start, int end) =>
        end - start >= 9 && AllDigits(line, start, 4) && line[start + 4] == '.' && AllDigits(line, start + 5, 4);

    private static bool AllDigits(string text, int start, int length)
    {
        if (length <= 0 || start + length > text.Length) return false;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] < '0' || text[i] > '9') return false;
        }
        return true;
    }
}
