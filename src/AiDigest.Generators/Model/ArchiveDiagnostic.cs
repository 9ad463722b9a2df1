namespace AiDigest.Generators.Model;

/// <summary>
/// A problem in an archive, kept as plain data (no Roslyn Location) so it can live in cached pipeline values;
/// it becomes a Diagnostic only when the generator reports it.
/// </summary>
/// <param name="Id">The descriptor id, e.g. <c>AIDG0007</c>.</param>
/// <param name="Span">Where in the archive.</param>
/// <param name="Arguments">Message format arguments.</param>
internal sealed record ArchiveDiagnostic(string Id, TextRange Span, EquatableArray<string> Arguments);

/// <summary>A range of archive text: absolute character offsets plus 0-based line and column at both ends.</summary>
internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
