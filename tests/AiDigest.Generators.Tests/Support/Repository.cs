using System;
using System.IO;

namespace AiDigest.Generators.Tests.Support;

/// <summary>The repository the tests run from (found upwards from the test assembly), for tests that read its sources and documents.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    public static string GeneratorSources => Path.Combine(Root, "src", "AiDigest.Generators");

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AiDigest.Generators.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("The repository root (with AiDigest.Generators.sln) was not found above " + AppContext.BaseDirectory);
    }
}
