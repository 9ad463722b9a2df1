using System;
using System.Collections.Generic;

namespace AiDigest.Generators.Parsing;

/// <summary>arXiv identifiers: <c>YYMM.NNNNN</c> (since 2007) and <c>archive/YYMMNNN</c> (before), version dropped.</summary>
internal static class ArxivId
{
    /// <summary>An id mentioned in running text (<c>arXiv:2512.16969v1</c>), with its column.</summary>
    public readonly record struct Mention(int Column, int Length, string Written, string? Id);

    public static bool TryNormalize(string candidate, out string id)
    {
        id = string.Empty;
        var text = candidate.Trim();
        var v = text.LastIndexOf('v');
        if (v > 0 && v < text.Length - 1 && AllDigits(text, v + 1, text.Length - v - 1)) text = text.Substring(0, v);

        var dot = text.IndexOf('.');
        if (dot == 4 && AllDigits(text, 0, 4) && AllDigits(text, 5, text.Length - 5))
        {
            var year = ((text[0] - '0') * 10) + (text[1] - '0');
            var month = ((text[2] - '0') * 10) + (text[3] - '0');
            var digits = text.Length - 5;
            // New-style ids began in April 2007; the sequence number grew from four to five digits in January 2015.
            if (year < 7 || month < 1 || month > 12 || (year == 7 && month < 4)) return false;
            if (digits != (year >= 15 ? 5 : 4)) return false;
            id = text;
            return true;
        }

        var slash = text.IndexOf('/');
        if (slash > 0 && text.Length - slash - 1 == 7 && AllDigits(text, slash + 1, 7))
        {
            var archive = text.Substring(0, slash);
            foreach (var c in archive)
            {
                if (!(char.IsLetter(c) && c < 128) && c != '-' && c != '.') return false;
            }
            id = text;
            return true;
        }
        return false;
    }

    /// <summary>Shared by every line that does not mention arXiv (most of them); callers only read what they get.</summary>
    private static readonly List<Mention> None = new(0);

    /// <summary>Finds <c>arXiv:ID</c> and <c>arXiv ID</c> mentions; <see cref="Mention.Id"/> is null when the id is malformed.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    public static List<Mention> FindMentions(string line)
    {
        var index = line.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase);
        if (index < 0) return None;
        var mentions = new List<Mention>();
        while (true)
        {
            index = line.IndexOf("arxiv", index, StringComparison.OrdinalIgnoreCase);
            if (index < 0) break;
            var afterWord = index + 5;
            if ((index > 0 && (char.IsLetterOrDigit(line[index - 1]) || line[index - 1] == '/' || line[index - 1] == '.'))
                || afterWord >= line.Length || !(line[afterWord] == ':' || line[afterWord] == ':' || line[afterWord] == ' '))
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
            if (end > start && char.IsDigit(line[start]) && (colonForm || LooksLikeNewStyleId(line, start, end)))
            {
                var written = line.Substring(start, end - start);
                mentions.Add(new Mention(start, end - start, written, TryNormalize(written, out var id) ? id : null));
            }
            index = Math.Max(end, afterWord);
        }
        return mentions;
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
