namespace AiDigest.Generators.Model;

/// <summary>
/// A problem in an archive, kept as plain data (no Roslyn Location) so it can live in cached pipeline values;
/// it becomes a Diagnostic only when the generator reports it.
/// </summary>
/// <param name="Id">One of <see cref="DiagnosticIds"/>.</param>
/// <param name="Span">Where in the archive; the default range is the start of the file (a problem of the file as a whole).</param>
/// <param name="Arguments">Message format arguments.</param>
/// <param name="FilePath">The file the span is in when it is not the archive (a corrections file); null for the archive.</param>
internal sealed record ArchiveDiagnostic(string Id, TextRange Span, EquatableArray<string> Arguments, string? FilePath = null)
{
    /// <summary>A problem of the file as a whole, reported at its start.</summary>
    public static ArchiveDiagnostic AtStart(string id, params string[] arguments) => new(id, default, arguments.ToEquatableArray());
}

/// <summary>A problem found where archives come together (their names, their size), reported at the start of one archive file.</summary>
/// <param name="FilePath">The archive the problem is reported in.</param>
internal sealed record DatasetDiagnostic(string FilePath, ArchiveDiagnostic Diagnostic);

/// <summary>A range of archive text: absolute character offsets plus 0-based line and column at both ends.</summary>
internal readonly record struct TextRange(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
