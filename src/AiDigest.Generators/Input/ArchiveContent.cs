using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Input;

/// <summary>
/// An archive file as the parse step sees it, equal to another when it is the same file with the same content.
/// </summary>
/// <remarks>
/// The compiler server keeps a generator driver per project between builds and hands it new
/// <see cref="AdditionalText"/> objects every time, so comparing files by object would re-parse an unchanged
/// archive on every build. The content is compared by the checksum the compiler computes while reading the file
/// (free to ask for), its length and its encoding; the text itself is read once and not kept here.
/// </remarks>
internal sealed class ArchiveContent : IEquatable<ArchiveContent>
{
    private readonly ImmutableArray<byte> _checksum;
    private readonly SourceHashAlgorithm _checksumAlgorithm;

    // The checksum is of the file's bytes; the same bytes decode to other text under another code page (the
    // compiler's fallback for text that is not UTF-8 follows the project's CodePage), so length and encoding count too.
    private readonly int _length;
    private readonly int _codePage;

    private ArchiveContent(AdditionalText file, string? requestedName, string? resourceName, SourceText? text)
    {
        File = file;
        RequestedName = requestedName;
        ResourceName = resourceName;
        if (text is not null)
        {
            _checksum = text.GetChecksum();
            _checksumAlgorithm = text.ChecksumAlgorithm;
            _length = text.Length;
            _codePage = text.Encoding?.CodePage ?? 0;
        }
    }

    /// <summary>The file, for the parse step to read; not part of equality.</summary>
    public AdditionalText File { get; }

    public string Path => File.Path;

    public string? RequestedName { get; }

    public string? ResourceName { get; }

    public static ArchiveContent Read(AdditionalText file, string? requestedName, string? resourceName, CancellationToken cancellationToken)
    {
        SourceText? text;
        try
        {
            text = file.GetText(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The parse step reads the file again and reports what went wrong; this step must not throw (CS8785).
            text = null;
        }
        return new(file, requestedName, resourceName, text);
    }

    /// <summary>Whether the content is known by a checksum; a file that could not be read (or has no checksum) is only equal to itself.</summary>
    private bool HasChecksum => !_checksum.IsDefaultOrEmpty;

    public bool Equals(ArchiveContent? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (!string.Equals(Path, other.Path, StringComparison.Ordinal)
            || !string.Equals(RequestedName, other.RequestedName, StringComparison.Ordinal)
            || !string.Equals(ResourceName, other.ResourceName, StringComparison.Ordinal))
        {
            return false;
        }
        if (!HasChecksum || !other.HasChecksum) return ReferenceEquals(File, other.File);
        return _checksumAlgorithm == other._checksumAlgorithm
            && _length == other._length
            && _codePage == other._codePage
            && _checksum.AsSpan().SequenceEqual(other._checksum.AsSpan());
    }

    public override bool Equals(object? obj) => Equals(obj as ArchiveContent);

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Path);
            hash = (hash * 31) + _length;
            if (HasChecksum) hash = (hash * 31) + _checksum[0] + (_checksum[_checksum.Length - 1] << 8);
            return hash;
        }
    }
}
