using System;
using System.Collections.Immutable;
using System.Threading;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDigest.Generators.Input;

/// <summary>
/// Which AdditionalFiles are corrections files, and which archive each corrects. Metadata
/// <c>AiDigestCorrections</c> (set by the package's targets from <c>&lt;AiDigestCorrections&gt;</c> items) decides
/// when it is set; otherwise a file whose name ends in <c>.corrections</c> is one. A corrections file corrects the
/// archive with the same file name but for the extension: <c>seeds/000_x.corrections</c> corrects <c>000_x.txt</c>.
/// </summary>
internal static class CorrectionsSelection
{
    /// <summary><c>true</c> or <c>false</c>: whether the file is a corrections file, whatever its name.</summary>
    public const string CorrectionsMetadata = "AiDigestCorrections";

    public const string Extension = ".corrections";

    public static bool IsCorrections(string path, AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue("build_metadata.AdditionalFiles." + CorrectionsMetadata, out var flag) && flag.Trim().Length > 0
            ? string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : path.EndsWith(Extension, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's path and text (empty when it cannot be read: the build goes on without its corrections).</summary>
    public static CorrectionsFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = file.GetText(cancellationToken)?.ToString() ?? string.Empty;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            text = string.Empty;
        }
        return new CorrectionsFile(file.Path, text);
    }

    /// <summary>The corrections file of an archive: the first (by path) whose name without extension is the archive's; null when none is.</summary>
    public static CorrectionsFile? For(ArchiveFile archive, ImmutableArray<CorrectionsFile> all)
    {
        CorrectionsFile? found = null;
        var stem = Stem(archive.FileName);
        foreach (var file in all)
        {
            if (!string.Equals(Stem(ArchiveFile.FileNameOf(file.Path)), stem, StringComparison.Ordinal)) continue;
            if (found is null || string.CompareOrdinal(file.Path, found.Path) < 0) found = file;
        }
        return found;
    }

    private static string Stem(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }
}

/// <summary>What the parse step receives: an archive and its corrections file (null when it has none); equal when both are.</summary>
internal sealed record ParseInput(ArchiveInput Archive, CorrectionsFile? Corrections);
