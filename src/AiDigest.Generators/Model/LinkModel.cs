namespace AiDigest.Generators.Model;

/// <summary>An http(s) URL as written in the article.</summary>
/// <param name="Column">1-based column of the URL's first character.</param>
internal sealed record LinkModel(string Url, LinkKind Kind, int Line, int Column, string? Repository, string? ArxivId);

/// <summary>Where a link points. The generated <c>LinkKind</c> is written from this enum, names and values alike.</summary>
internal enum LinkKind
{
    Other,
    Arxiv,
    GitHub,
    HuggingFace,
    ProjectPage,
    Twitter,
    YouTube,
    Zhihu,
    WeChat,
}
