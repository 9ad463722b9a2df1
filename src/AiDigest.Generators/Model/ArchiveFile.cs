namespace AiDigest.Generators.Model;

/// <summary>
/// An archive file as the project declares it and the compiler read it: what the input stage knows before parsing,
/// carried unchanged through the model so later stages never go back to the file.
/// </summary>
/// <param name="Path">The full path, for diagnostics only: generated code never contains it.</param>
/// <param name="FileName">The file name without its folder, as consumers see it.</param>
/// <param name="RequestedName">The identifier the project asks for (<c>Name</c> of the <c>AiDigestArchive</c> item); null when it asks for none. The dataset decides the final name.</param>
/// <param name="ResourceName">
/// The manifest resource the package's targets embed the file as, when the generated code can read its texts from
/// it at run time; null when article and section texts are compiled in.
/// </param>
/// <param name="EncodingName">The encoding the compiler decoded the file with (<c>utf-8</c>, <c>utf-16BE</c>, <c>gb2312</c>…); null when it did not say.</param>
/// <param name="Encoding">That encoding as the parser counts bytes in it and the generated code decodes it.</param>
internal sealed record ArchiveFile(string Path, string FileName, string? RequestedName, string? ResourceName, string? EncodingName, ArchiveEncoding Encoding)
{
    /// <summary>A file known only by its path: compiled-in texts, read as UTF-8 (tests, benchmarks, the parser's own callers).</summary>
    public static ArchiveFile At(string path) => new(path, FileNameOf(path), null, null, null, ArchiveEncoding.Utf8);

    /// <summary>Whether the file is in an encoding the archive can be written in without loss (what the parser expects).</summary>
    public bool IsUnicode => Encoding != ArchiveEncoding.NotUnicode;

    /// <summary>The name after the last <c>/</c> or <c>\</c>: paths from Windows and Unix alike, without touching the file system.</summary>
    public static string FileNameOf(string path)
    {
        var slash = path.LastIndexOfAny(new[] { '/', '\\' });
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
