using System.Threading;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Parsing;

/// <summary>An archive's text as the compiler read it, handed to the parser; the generator and the lookup analyzer read archives the same way.</summary>
internal static class ArchiveText
{
    /// <summary>
    /// The text's lines, split as the text writes itself out: the compiler keeps a large file as chunks, and
    /// <c>ToString()</c> would copy all of it into one string first. No text (a file that could not be read) has no lines.
    /// Bytes are counted in <paramref name="encoding"/>, the file's (see <see cref="ArchiveFile.Encoding"/>).
    /// </summary>
    public static ArchiveLines Split(SourceText? text, ArchiveEncoding encoding, CancellationToken cancellationToken)
    {
        var lines = new ArchiveLines(encoding);
        text?.Write(lines, cancellationToken);
        lines.Complete();
        return lines;
    }
}
