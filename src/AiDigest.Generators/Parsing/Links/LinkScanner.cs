using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Links;

/// <summary>A URL found in a line: where it starts (0-based column) and its text as written.</summary>
internal readonly record struct FoundUrl(int Column, string Url);

/// <summary>
/// Finds http(s) URLs in running text and says what they point to. Hand-written scanning rather than a
/// regular expression: linear in the line's length whatever it holds.
/// </summary>
internal static class LinkScanner
{
    public static IReadOnlyList<FoundUrl> FindUrls(string line)
    {
        if (line.IndexOf("http", StringComparison.OrdinalIgnoreCase) < 0) return Array.Empty<FoundUrl>();
        var found = new List<FoundUrl>();
        var i = 0;
        while (i < line.Length)
        {
            var start = IndexOfScheme(line, i);
            if (start < 0) break;
            var end = start;
            while (end < line.Length && IsUrlChar(line[end])) end++;
            end = TrimTrailing(line, start, end);
            var schemeLength = line[start + 4] == 's' || line[start + 4] == 'S' ? 8 : 7;
            if (end > start + schemeLength)
            {
                found.Add(new FoundUrl(start, line.Substring(start, end - start)));
            }
            i = Math.Max(end, start + schemeLength);
        }
        return found;
    }

    public static bool IsUrlOnly(string trimmedLine)
    {
        var urls = FindUrls(trimmedLine);
        return urls.Count == 1 && urls[0].Column == 0 && urls[0].Url.Length == trimmedLine.Length;
    }

    private static int IndexOfScheme(string line, int from)
    {
        for (var i = from; i + 7 <= line.Length; i++)
        {
            if ((line[i] == 'h' || line[i] == 'H')
                && (string.Compare(line, i, "http://", 0, 7, StringComparison.OrdinalIgnoreCase) == 0
                    || (i + 8 <= line.Length && string.Compare(line, i, "https://", 0, 8, StringComparison.OrdinalIgnoreCase) == 0)))
            {
                // "xhttp://" is not a URL start; "(http://" and ":http://" are.
                if (i > 0 && char.IsLetterOrDigit(line[i - 1]) && line[i - 1] < 128) continue;
                return i;
            }
        }
        return -1;
    }

    /// <summary>RFC 3986 characters; anything else (CJK, spaces, NBSP, quotes, angle brackets) ends a URL.</summary>
    private static bool IsUrlChar(char c) =>
        c > ' ' && c < 127 && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' && c != '|' && c != '}';

    /// <summary>
    /// Drops punctuation that ends the sentence rather than the URL, and a ')' or ']' that closes markup around
    /// it. Bracket depths are counted once, so a URL followed by thousands of ')' still costs linear time.
    /// </summary>
    private static int TrimTrailing(string line, int start, int end)
    {
        var parentheses = 0;
        var brackets = 0;
        for (var i = start; i < end; i++)
        {
            switch (line[i])
            {
                case '(': parentheses++; break;
                case ')': parentheses--; break;
                case '[': brackets++; break;
                case ']': brackets--; break;
            }
        }
        while (end > start)
        {
            var c = line[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                end--;
                continue;
            }
            if (c == ')' && parentheses < 0)
            {
                parentheses++;
                end--;
                continue;
            }
            if (c == ']' && brackets < 0)
            {
                brackets++;
                end--;
                continue;
            }
            break;
        }
        return end;
    }

    public static LinkKind Classify(string url)
    {
        var host = Urls.Host(url);
        if (Urls.HostIs(host, "arxiv.org")) return LinkKind.Arxiv;
        if (Urls.HostIs(host, "github.io")) return LinkKind.ProjectPage;
        if (Urls.HostIs(host, "github.com")) return LinkKind.GitHub;
        if (Urls.HostIs(host, "huggingface.co") || Urls.HostIs(host, "hf.co")) return LinkKind.HuggingFace;
        if (Urls.HostIs(host, "x.com") || Urls.HostIs(host, "twitter.com")) return LinkKind.Twitter;
        if (Urls.HostIs(host, "youtube.com") || host == "youtu.be") return LinkKind.YouTube;
        if (Urls.HostIs(host, "zhihu.com")) return LinkKind.Zhihu;
        if (host == "mp.weixin.qq.com" || host == "weixin.qq.com") return LinkKind.WeChat;
        return LinkKind.Other;
    }
}
