using System;
using System.Globalization;
using System.Linq;

namespace AiDigest.Sample;

/// <summary>Finds the article a command-line argument names: its id, its title, or its number in the overview.</summary>
internal static class ArticleFinder
{
    public static Article? Find(string key)
    {
        if (Digest.Articles.ById(key) is { } byId) return byId;
        if (Digest.Articles.ByTitle(key) is { } byTitle) return byTitle;
        return int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= Digest.Articles.Count
            ? Digest.Articles[number - 1]
            : null;
    }

    /// <summary>An id or title that contains the key, or that the key contains, ignoring case; null when none does.</summary>
    public static string? Suggest(string key)
    {
        var trimmed = key.Trim();
        if (trimmed.Length == 0) return null;
        return Digest.Articles
            .SelectMany(a => new[] { a.Id, a.Title })
            .FirstOrDefault(candidate => candidate.Length > 0
                && (candidate.Contains(trimmed, StringComparison.OrdinalIgnoreCase) || trimmed.Contains(candidate, StringComparison.OrdinalIgnoreCase)));
    }
}
