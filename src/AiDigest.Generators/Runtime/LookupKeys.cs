using System;

namespace AiDigest.Generators.Runtime;

/// <summary>
/// How a lookup's argument becomes a key. The generated lookup methods do exactly the same at run time (see
/// <c>CatalogEmitter</c>; a test runs both over the same inputs), so the analyzer judges a constant the way the
/// lookup will.
/// </summary>
internal static class LookupKeys
{
    /// <summary><c>2505.02835</c>, <c>2505.02835v2</c>, <c>arXiv:2505.02835</c> → <c>2505.02835</c>: trimmed, <c>arXiv:</c> (any case, either colon) and a version dropped.</summary>
    public static string ArxivId(string value)
    {
        var text = value.Trim();
        if (text.Length >= 6 && string.Compare(text, 0, "arxiv", 0, 5, StringComparison.OrdinalIgnoreCase) == 0 && (text[5] == ':' || text[5] == ':'))
        {
            text = text.Substring(6).Trim();
        }
        var v = text.LastIndexOf('v');
        if (v > 0 && v < text.Length - 1)
        {
            var digits = true;
            for (var i = v + 1; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    digits = false;
                    break;
                }
            }
            if (digits) text = text.Substring(0, v);
        }
        return text;
    }

    /// <summary>
    /// <c>owner/name</c>, <c>https://github.com/owner/name</c>, <c>github.com/owner/name.git</c>,
    /// <c>…/owner/name/tree/main</c> → <c>owner/name</c>: trimmed, scheme and host dropped, the first two path
    /// segments kept, <c>.git</c> dropped. Compared case-insensitively, as GitHub does.
    /// </summary>
    public static string Repository(string value)
    {
        var text = value.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) text = text.Substring(scheme + 3);
        if (text.StartsWith("www.github.com/", StringComparison.OrdinalIgnoreCase)) text = text.Substring(15);
        else if (text.StartsWith("github.com/", StringComparison.OrdinalIgnoreCase)) text = text.Substring(11);
        var end = text.IndexOfAny(new[] { '?', '#' });
        if (end >= 0) text = text.Substring(0, end);
        var parts = text.Split('/');
        string? owner = null;
        string? name = null;
        foreach (var part in parts)
        {
            if (part.Length == 0) continue;
            if (owner is null) owner = part;
            else if (name is null) name = part;
        }
        if (owner is null || name is null) return text;
        if (name.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) name = name.Substring(0, name.Length - 4);
        return owner + "/" + name;
    }

    /// <summary>A title or an id: trimmed.</summary>
    public static string Text(string value) => value.Trim();
}
