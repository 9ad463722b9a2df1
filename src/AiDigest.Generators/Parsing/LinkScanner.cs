using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Parsing;

/// <summary>A URL found in a line: where it starts (0-based column) and its text as written.</summary>
internal readonly record struct FoundUrl(int Column, string Url);

/// <summary>
/// Finds http(s) URLs in running text and says what they point to. Hand-written scanning rather than a
/// regular expression: linear in the line's length whatever it holds.
/// </summary>
internal static class LinkScanner
{
    /// <summary>Shared by every line without a URL (most of them); callers only read what they get.</summary>
    private static readonly List<FoundUrl> None = new(0);

    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
    public static List<FoundUrl> FindUrls(string line)
    {
        if (line.IndexOf("http", StringComparison.OrdinalIgnoreCase) < 0) return None;
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

    [System.Runtime.CompilerServices.MethodImpl(Hot.Path)]
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

    public static string Host(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0) return string.Empty;
        start += 3;
        var end = start;
        while (end < url.Length && url[end] != '/' && url[end] != '?' && url[end] != '#') end++;
        var host = url.Substring(start, end - start);
        var at = host.LastIndexOf('@');
        if (at >= 0) host = host.Substring(at + 1);
        var colon = host.IndexOf(':');
        if (colon >= 0) host = host.Substring(0, colon);
        return host.ToLowerInvariant();
    }

    private static bool HostIs(string host, string domain) =>
        host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);

    public static LinkKind Classify(string url)
    {
        var host = Host(url);
        if (HostIs(host, "arxiv.org")) return LinkKind.Arxiv;
        if (HostIs(host, "github.io")) return LinkKind.ProjectPage;
        if (HostIs(host, "github.com")) return LinkKind.GitHub;
        if (HostIs(host, "huggingface.co") || HostIs(host, "hf.co")) return LinkKind.HuggingFace;
        if (HostIs(host, "x.com") || HostIs(host, "twitter.com")) return LinkKind.Twitter;
        if (HostIs(host, "youtube.com") || host == "youtu.be") return LinkKind.YouTube;
        if (HostIs(host, "zhihu.com")) return LinkKind.Zhihu;
        if (host == "mp.weixin.qq.com" || host == "weixin.qq.com") return LinkKind.WeChat;
        return LinkKind.Other;
    }

    private static readonly string[] NotRepositoryOwners =
    {
        "about", "apps", "collections", "enterprise", "events", "explore", "features", "login", "marketplace",
        "orgs", "pricing", "search", "settings", "signup", "sponsors", "topics", "trending", "users",
    };

    /// <summary>The <c>owner/name</c> a github.com URL points into, or null when it names no repository.</summary>
    public static string? GitHubRepository(string url)
    {
        if (Host(url) is not ("github.com" or "www.github.com")) return null;
        var segments = PathSegments(url);
        if (segments.Count < 2) return null;
        var owner = segments[0];
        var name = segments[1];
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 4);
        if (owner.Length == 0 || name.Length == 0 || Array.IndexOf(NotRepositoryOwners, owner.ToLowerInvariant()) >= 0) return null;
        return owner + "/" + name;
    }

    /// <summary>The version-less arXiv id an arxiv.org URL names (abs, pdf or html), or null.</summary>
    public static string? ArxivIdFromUrl(string url)
    {
        var candidate = ArxivPaperPath(url);
        return candidate is not null && ArxivId.TryNormalize(candidate, out var id) ? id : null;
    }

    /// <summary>What an arxiv.org paper URL (abs, pdf or html) gives as the id, valid or not; null for other arXiv pages.</summary>
    public static string? ArxivPaperPath(string url)
    {
        if (Classify(url) != LinkKind.Arxiv) return null;
        var segments = PathSegments(url);
        if (segments.Count < 2 || segments[0] is not ("abs" or "pdf" or "html")) return null;
        var candidate = string.Join("/", segments.GetRange(1, segments.Count - 1).ToArray());
        return candidate.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? candidate.Substring(0, candidate.Length - 4) : candidate;
    }

    /// <summary>A github.com link to the site itself or to an account (<c>github.com/owner</c>): it names no repository.</summary>
    public static bool IsGitHubLinkWithoutRepository(string url)
    {
        if (Host(url) is not ("github.com" or "www.github.com")) return false;
        var segments = PathSegments(url);
        return segments.Count < 2 && !(segments.Count == 1 && Array.IndexOf(NotRepositoryOwners, segments[0].ToLowerInvariant()) >= 0);
    }

    private static readonly char[] QueryOrFragment = { '?', '#' };

    private static List<string> PathSegments(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = url.IndexOf('/', schemeEnd + 3);
        var segments = new List<string>();
        if (pathStart < 0) return segments;
        var pathEnd = url.Length;
        var query = url.IndexOfAny(QueryOrFragment, pathStart);
        if (query >= 0) pathEnd = query;
        foreach (var segment in url.Substring(pathStart, pathEnd - pathStart).Split('/'))
        {
            if (segment.Length > 0) segments.Add(segment);
        }
        return segments;
    }
}
