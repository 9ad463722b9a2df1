namespace AiDigest.Generators.Model;

/// <summary>Everything recovered from one archive file; value-equatable so the pipeline can cache it.</summary>
/// <param name="File">The file as declared and read.</param>
/// <param name="SourceUrl">The URL named by the page header, if there is one.</param>
/// <param name="Prologue">Elements before the first article (the page header, or stray text).</param>
/// <param name="Articles">The articles, in file order.</param>
/// <param name="Epilogue">Elements after the last article (the site footer, or stray text).</param>
/// <param name="Diagnostics">Problems found while reading and parsing, located in the archive, in archive order.</param>
/// <param name="ByteLength">The archive's length in bytes of its encoding (a byte-order mark not counted): what its embedded resource must hold.</param>
internal sealed record ArchiveModel(
    ArchiveFile File,
    string? SourceUrl,
    EquatableArray<ElementModel> Prologue,
    EquatableArray<ArticleModel> Articles,
    EquatableArray<ElementModel> Epilogue,
    EquatableArray<ArchiveDiagnostic> Diagnostics,
    int ByteLength)
{
    /// <summary>An archive the generator could not process at all: no content, one diagnostic saying why.</summary>
    public static ArchiveModel Failed(ArchiveFile file, ArchiveDiagnostic reason) =>
        new(file, null, EquatableArray<ElementModel>.Empty, EquatableArray<ArticleModel>.Empty, EquatableArray<ElementModel>.Empty,
            new[] { reason }.ToEquatableArray(), 0);
}
