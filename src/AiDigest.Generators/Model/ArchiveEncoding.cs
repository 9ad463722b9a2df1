namespace AiDigest.Generators.Model;

/// <summary>
/// How an archive file's bytes encode its text, as far as the generated code cares: the Unicode encodings the compiler
/// recognises (UTF-8 with or without a byte-order mark; UTF-16 and UTF-32, either byte order, by their byte-order
/// mark), whose byte ranges the generated code can decode at run time, or another code page.
/// </summary>
/// <remarks>The values are the encodings' Windows code pages: the generated table carries them to <c>Runtime.ArchiveSource</c>.</remarks>
internal enum ArchiveEncoding
{
    /// <summary>A legacy code page (GB18030, GBK, Big5, Windows-1252…): the compiler fell back to it, or the project's <c>CodePage</c> asked for it.</summary>
    NotUnicode = 0,
    Utf16LittleEndian = 1200,
    Utf16BigEndian = 1201,
    Utf32LittleEndian = 12000,
    Utf32BigEndian = 12001,
    Utf8 = 65001,
}
