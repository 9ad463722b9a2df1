using System;
using System.Collections.Immutable;
using System.Collections.Generic;

namespace AiDigest.Generators.Text;

/// <summary>Facts about an http(s) URL read from its text alone: its host, the GitHub repository or arXiv paper it names.</summary>
internal static class Urls
{
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

    public static bool HostIs(string host, string domain) =>
        host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);

    private static readonly ImmutableArray<string> NotRepositoryOwners = ImmutableArray.Create("about", "apps", "collections", "enterprise", "events", "explore", "features", "login", "marketplace",
        "orgs", "pricing", "search", "settings", "signup", "sponsors", "topics", "trending", "users");

    /// <summary>The <c>owner/name</c> a github.com URL points into, or null when it names no repository.</summary>
    public static string? GitHubRepository(string url)
    {
        if (Host(url) is not ("github.com" or "www.github.com")) return null;
        var segments = PathSegments(url);
        if (segments.Count < 2) return null;
        var owner = segments[0];
        var name = segments[1];
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 4);
        if (owner.Length == 0 || name.Length == 0 || NotRepositoryOwners.Contains(owner.ToLowerInvariant())) return null;
        return owner + "/" + name;
    }

    /// <summary>The version-less arXiv id an arxiv.org URL names (abs, pdf or html), or null.</summary>
    public static string? ArxivIdFromUrl(string url)
    {
        var candidate = ArxivPaperPath(url);
        return candidate is not null && ArxivIdentifier.TryNormalize(candidate, out var id) ? id : null;
    }

    /// <summary>What an arxiv.org paper URL (abs, pdf or html) gives as the id, valid or not; null for other arXiv pages.</summary>
    public static string? ArxivPaperPath(string url)
    {
        if (!HostIs(Host(url), "arxiv.org")) return null;
        var segments = PathSegments(url);
        if (segments.Count < 2 || segments[0] is not ("abs" or "pdf" or "html")) return null;
        var candidate = string.Join("/", segments.GetRange(1, segments.Count - 1).ToArray());
        return candidate.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? candidate.Substring(0, candidate.Length - 4) : candidate;
    }

    /// <summary>Hosts whose pages are papers as published (DOIs, proceedings, the ACL Anthology), subdomains included.</summary>
    private static readonly ImmutableArray<string> PaperHosts = ImmutableArray.Create(
        "doi.org", "aclanthology.org", "proceedings.neurips.cc", "papers.nips.cc", "papers.neurips.cc", "proceedings.mlr.press",
        "openaccess.thecvf.com", "ojs.aaai.org", "ijcai.org", "jmlr.org", "dl.acm.org", "ieeexplore.ieee.org", "link.springer.com");

    /// <summary>
    /// Whether the URL is a paper itself rather than a page about it: an arXiv paper (<c>abs/</c>, <c>pdf/</c> with or
    /// without a version), a DOI (<c>https://doi.org/10.1109/…</c>), an OpenReview paper (<c>pdf?id=</c>,
    /// <c>forum?id=</c>), a page of the ACL Anthology or of the NeurIPS, PMLR, CVF, AAAI or IJCAI proceedings.
    /// </summary>
    public static bool IsPaperUrl(string url)
    {
        var host = Host(url);
        if (HostIs(host, "arxiv.org")) return ArxivPaperPath(url) is not null;
        if (HostIs(host, "openreview.net"))
        {
            var segments = PathSegments(url);
            return segments.Count == 1 && segments[0] is "pdf" or "forum" && url.IndexOf("id=", StringComparison.Ordinal) > 0;
        }
        if (HostIs(host, "nature.com") || HostIs(host, "science.org")) return PathSegments(url).Count >= 2;
        foreach (var paperHost in PaperHosts)
        {
            if (HostIs(host, paperHost)) return PathSegments(url).Count > 0;
        }
        return false;
    }

    /// <summary>Hosts of code repositories besides GitHub: GitLab, Gitee, Bitbucket, Codeberg.</summary>
    private static readonly ImmutableArray<string> CodeHosts = ImmutableArray.Create("gitlab.com", "gitee.com", "bitbucket.org", "codeberg.org");

    /// <summary>Whether the URL points into a code repository: a GitHub repository, or <c>owner/name</c> on GitLab, Gitee, Bitbucket or Codeberg.</summary>
    public static bool IsCodeUrl(string url)
    {
        if (GitHubRepository(url) is not null) return true;
        var host = Host(url);
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host.Substring(4);
        return CodeHosts.Contains(host) && PathSegments(url).Count >= 2;
    }

    /// <summary>A github.com link to the site itself or to an account (<c>github.com/owner</c>): it names no repository.</summary>
    public static bool IsGitHubLinkWithoutRepository(string url)
    {
        if (Host(url) is not ("github.com" or "www.github.com")) return false;
        var segments = PathSegments(url);
        return segments.Count < 2 && !(segments.Count == 1 && NotRepositoryOwners.Contains(segments[0].ToLowerInvariant()));
    }

    private const string QueryOrFragment = "?#";

    private static List<string> PathSegments(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var pathStart = url.IndexOf('/', schemeEnd + 3);
        var segments = new List<string>();
        if (pathStart < 0) return segments;
        var pathEnd = url.Length;
        var query = TextShapes.IndexOfAny(url, QueryOrFragment, pathStart);
        if (query >= 0) pathEnd = query;
        foreach (var segment in url.Substring(pathStart, pathEnd - pathStart).Split('/'))
        {
            if (segment.Length > 0) segments.Add(segment);
        }
        return segments;
    }
}
