namespace AiDigest.Generators.Model;

/// <summary>One entry of a reference list.</summary>
/// <param name="Marker">The entry's marker (<c>①</c>, <c>[1]</c>, <c>1.</c>); null for a bare URL.</param>
internal sealed record ReferenceModel(string? Marker, string Text, string? Url, string? ArxivId, int Line);
