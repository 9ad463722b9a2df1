using System;
using Microsoft.CodeAnalysis.Diagnostics;
using AiDigest.Generators.Dataset;

namespace AiDigest.Generators.Input;

/// <summary>
/// Which AdditionalFiles are archives. One rule: metadata <c>AiDigestArchive</c> decides when it is set
/// (<c>true</c> or <c>false</c>); otherwise a file is an archive when its name ends in <c>.txt</c> and a folder
/// on its path is named <c>seeds</c>.
/// </summary>
internal static class ArchiveSelection
{
    public const string MetadataName = "AiDigestArchive";

    public static bool IsArchive(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue("build_metadata.AdditionalFiles." + MetadataName, out var flag) && flag.Trim().Length > 0)
        {
            return string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }
        return IsInSeedsFolder(path);
    }

    /// <summary>The archive's name as its item metadata gives it (<c>AiDigestArchiveName</c>); null when unset.</summary>
    public static string? RequestedName(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue("build_metadata.AdditionalFiles." + ArchiveNames.MetadataName, out var name) && name.Trim().Length > 0
            ? name.Trim()
            : null;

    /// <summary>Item metadata the package's targets set to the manifest resource an archive is embedded as.</summary>
    public const string ResourceMetadataName = "AiDigestResource";

    /// <summary>The manifest resource the archive is embedded as (<c>AiDigestResource</c>); null when it is not.</summary>
    public static string? ResourceName(AnalyzerConfigOptions fileOptions) =>
        fileOptions.TryGetValue("build_metadata.AdditionalFiles." + ResourceMetadataName, out var name) && name.Trim().Length > 0
            ? name.Trim()
            : null;

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
}
