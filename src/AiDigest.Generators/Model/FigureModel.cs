namespace AiDigest.Generators.Model;

/// <summary>An image placeholder (or a caption without one) and its caption.</summary>
internal sealed record FigureModel(int Line, string? Caption);
