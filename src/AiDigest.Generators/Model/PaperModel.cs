namespace AiDigest.Generators.Model;

/// <summary>A cited paper: from a metadata block, an arXiv link or id, or a reference entry.</summary>
/// <param name="Line">1-based line of the citation (of the first one, once citations are merged).</param>
internal sealed record PaperModel(
    string? Title,
    string? ArxivId,
    string? PaperUrl,
    string? CodeUrl,
    string? ProjectUrl,
    string? DemoUrl,
    string? ModelUrl,
    int Line);
