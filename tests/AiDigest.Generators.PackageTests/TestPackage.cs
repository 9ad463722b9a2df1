using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.PackageTests;

/// <summary>
/// The package under test, packed once for the whole assembly: `dotnet pack` of the generator project with a
/// version no other run uses (so NuGet's global packages folder can never serve a stale copy), into a feed in a
/// fresh temporary folder. Builds go to that folder too (<c>--artifacts-path</c>), never to the repository's bin/obj.
/// </summary>
[TestClass]
public static class TestPackage
{
    public const string Id = "AiDigest.Generators";

    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    private static string? _root;

    /// <summary>The temporary folder holding the feed, the pack's build output and the consumer projects.</summary>
    public static string Root => _root ?? throw new InvalidOperationException("The package was not packed.");

    /// <summary>The unique version of this run's package, e.g. <c>0.1.0-test.t3f9a0c1b2d4e</c>.</summary>
    public static string Version { get; private set; } = string.Empty;

    public static string Feed => Path.Combine(Root, "feed");

    public static string NupkgPath => Path.Combine(Feed, Id + "." + Version + ".nupkg");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The bundled seed archive, which consumers copy as their own archive.</summary>
    public static string SeedPath => Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Single();

    internal static ProcessResult? Pack { get; private set; }

    [AssemblyInitialize]
    public static void PackOnce(TestContext context)
    {
        _ = context;
        Version = "0.1.0-test.t" + Guid.NewGuid().ToString("N").Substring(0, 12);
        _root = Path.Combine(Path.GetTempPath(), "aidigest-package-tests-" + Version.Substring(Version.LastIndexOf('.') + 1));
        Directory.CreateDirectory(_root);
        // Nothing above the temporary folder may take part in these builds.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(_root, file), "<Project />\n");
        }

        Pack = DotNet.Succeed(
            RepositoryRoot, CommandTimeout,
            "pack", Path.Combine(RepositoryRoot, "src", "AiDigest.Generators", "AiDigest.Generators.csproj"),
            "-c", "Release",
            "-o", Feed,
            "--artifacts-path", Path.Combine(_root, "artifacts"),
            "-p:Version=" + Version,
            "-nodeReuse:false",
            "-tl:off");
        if (!File.Exists(NupkgPath)) throw new InvalidOperationException("dotnet pack did not produce " + NupkgPath + "\n" + Pack);

        // Every consumer lives below the root: the feed is added next to the machine's own sources, so consumers
        // still restore framework packages as usual.
        WriteText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="aidigest-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>Writes a consumer's file as an editor would: UTF-8 without a byte-order mark, ending in a line break.</summary>
    public static void WriteText(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.EndsWith('\n') ? text : text + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    [AssemblyCleanup]
    public static void Clean()
    {
        if (_root is null || Environment.GetEnvironmentVariable("AIDIGEST_KEEP_PACKAGE_TESTS") == "1") return;
        TryDelete(_root);
        // The unique version was extracted into the global packages folder by the consumers' restore: remove it.
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages))
        {
            packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }
        var versions = Path.Combine(packages, Id.ToLowerInvariant());
        TryDelete(Path.Combine(versions, Version.ToLowerInvariant()));
        if (Directory.Exists(versions) && !Directory.EnumerateFileSystemEntries(versions).Any()) TryDelete(versions);
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiDigest.Generators.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (AiDigest.Generators.sln) is not above " + AppContext.BaseDirectory);
    }
}
