using System;
using System.Collections.Immutable;
using System.Threading;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Input;

/// <summary>
/// One archive as the parse step receives it: the file as declared (<see cref="ArchiveFile"/>: path, requested
/// name, where its texts will come from at run time, encoding) and the identity of its content. Equal to another
/// when it is the same file, declared the same way, with the same content.
/// </summary>
/// <remarks>
/// The compiler server keeps a generator driver per project between builds and hands it new
/// <see cref="AdditionalText"/> objects every time, so comparing files by object would re-parse an unchanged
/// archive on every build. The content is compared by the checksum the compiler computes while reading the file
/// (free to ask for), its length and its encoding; the text itself is read once and not kept here.
/// </remarks>
internal sealed class ArchiveInput : IEquatable<ArchiveInput>
{
    private readonly ImmutableArray<byte> _checksum;
    private readonly SourceHashAlgorithm _checksumAlgorithm;

    // The checksum is of the file's bytes; the same bytes decode to other text under another code page (the
    // compiler's fallback for text that is not UTF-8 follows the project's CodePage), so length and encoding count too.
    private readonly int _length;
    private readonly int _codePage;

    private ArchiveInput(AdditionalText text, ArchiveFile file, SourceText? content)
    {
        Text = text;
        File = file;
        if (content is not null)
        {
            _checksum = content.GetChecksum();
            _checksumAlgorithm = content.ChecksumAlgorithm;
            _length = content.Length;
            _codePage = content.Encoding?.CodePage ?? 0;
        }
    }

    /// <summary>The file, for the parse step to read; not part of equality.</summary>
    public AdditionalText Text { get; }

    /// <summary>The archive as declared and read.</summary>
    public ArchiveFile File { get; }

    /// <summary>
    /// Reads an archive's content identity and decides where its texts come from at run time: from the embedded
    /// resource when the package's targets embed the file and the compiler read it in a Unicode encoding (the
    /// generated code decodes byte ranges of it in that encoding), compiled in otherwise.
    /// </summary>
    /// <param name="resourceName">The manifest resource the targets embed the file as; null when they do not.</param>
    public static ArchiveInput Read(AdditionalText text, string? requestedName, string? resourceName, CancellationToken cancellationToken)
    {
        SourceText? content;
        try
        {
            content = text.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parse step reads the file again and reports what went wrong; this step must not throw (CS8785).
            content = null;
        }

        return new(text, Describe(text.Path, requestedName, resourceName, content), content);
    }

    /// <summary>The archive as declared, with the storage decision for the text the compiler read (null when it could not be read).</summary>
    public static ArchiveFile Describe(string path, string? requestedName, string? resourceName, SourceText? content)
    {
        var encoding = EncodingOf(content?.Encoding);
        return new ArchiveFile(
            path, ArchiveFile.FileNameOf(path), requestedName, encoding == ArchiveEncoding.NotUnicode ? null : resourceName, content?.Encoding?.WebName, encoding);
    }

    /// <summary>
    /// The encoding the compiler decoded a file with. It detects UTF-16 and UTF-32 by their byte-order mark and reads
    /// everything else as UTF-8, unless the bytes are not UTF-8: then it falls back to the project's <c>CodePage</c>
    /// or the system's code page (on .NET on Linux and macOS that is UTF-8 again, with U+FFFD for each bad byte).
    /// A text that says nothing (made in memory) is taken as UTF-8.
    /// </summary>
    public static ArchiveEncoding EncodingOf(System.Text.Encoding? encoding) => encoding?.CodePage switch
    {
        null or (int)ArchiveEncoding.Utf8 => ArchiveEncoding.Utf8,
        (int)ArchiveEncoding.Utf16LittleEndian => ArchiveEncoding.Utf16LittleEndian,
        (int)ArchiveEncoding.Utf16BigEndian => ArchiveEncoding.Utf16BigEndian,
        (int)ArchiveEncoding.Utf32LittleEndian => ArchiveEncoding.Utf32LittleEndian,
        (int)ArchiveEncoding.Utf32BigEndian => ArchiveEncoding.Utf32BigEndian,
        _ => ArchiveEncoding.NotUnicode,
    };

    /// <summary>Whether the content is known by a checksum; a file that could not be read (or has no checksum) is only equal to itself.</summary>
    private bool HasChecksum => !_checksum.IsDefaultOrEmpty;

    public bool Equals(ArchiveInput? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (!File.Equals(other.File)) return false;
        if (!HasChecksum || !other.HasChecksum) return ReferenceEquals(Text, other.Text);
        return _checksumAlgorithm == other._checksumAlgorithm
            && _length == other._length
            && _codePage == other._codePage
            && _checksum.AsSpan().SequenceEqual(other._checksum.AsSpan());
    }

    public override bool Equals(object? obj) => Equals(obj as ArchiveInput);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(File.Path);
            hash = (hash * 31) + _length;
            if (HasChecksum) hash = (hash * 31) + _checksum[0] + (_checksum[_checksum.Length - 1] << 8);
            return hash;
        }
    }
}
