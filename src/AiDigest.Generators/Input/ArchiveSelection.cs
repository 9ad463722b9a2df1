using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AiDigest.Generators.Input;

/// <summary>
/// Which AdditionalFiles are archives, and what their item metadata asks for. One rule: metadata
/// <c>AiDigestArchive</c> decides when it is set (<c>true</c> or <c>false</c>); otherwise a file is an archive when
/// its name ends in <c>.txt</c> and a folder on its path is named <c>seeds</c>. The package's props make these
/// metadata compiler-visible; its targets set them from <c>&lt;AiDigestArchive&gt;</c> items.
/// </summary>
internal static class ArchiveSelection
{
    /// <summary><c>true</c> or <c>false</c>: whether the file is an archive, whatever its path.</summary>
    public const string ArchiveMetadata = "AiDigestArchive";

    /// <summary>The <c>Name</c> of an <c>AiDigestArchive</c> item: the archive's identifier in generated code.</summary>
    public const string NameMetadata = "AiDigestArchiveName";

    /// <summary>The manifest resource the package's targets embed the archive as.</summary>
    public const string ResourceMetadata = "AiDigestResource";

    public static bool IsArchive(string path, AnalyzerConfigOptions fileOptions) =>
        Metadata(fileOptions, ArchiveMetadata) is { } flag
            ? string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)
            : IsInSeedsFolder(path);

    /// <summary>The archive's name as its item metadata gives it; null when unset.</summary>
    public static string? RequestedName(AnalyzerConfigOptions fileOptions) => Metadata(fileOptions, NameMetadata);

    /// <summary>The manifest resource the archive is embedded as; null when it is not.</summary>
    public static string? ResourceName(AnalyzerConfigOptions fileOptions) => Metadata(fileOptions, ResourceMetadata);

    public static bool IsInSeedsFolder(string path)
    {
        if (!path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) return false;
        var segments = path.Split('/', '\\');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (string.Equals(segments[i], "seeds", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>An item metadata value, trimmed; null when unset or blank.</summary>
    private static string? Metadata(AnalyzerConfigOptions fileOptions, string name) =>
        fileOptions.TryGetValue("build_metadata.AdditionalFiles." + name, out var value) && value.Trim().Length > 0
            ? value.Trim()
            : null;
}
