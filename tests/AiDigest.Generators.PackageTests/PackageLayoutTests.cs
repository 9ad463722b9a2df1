using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.PackageTests;

/// <summary>What is inside the .nupkg: the generator and its code fixes as analyzers, the MSBuild glue, the consumers' README and the metadata, and nothing consumers would reference.</summary>
[TestClass]
public sealed class PackageLayoutTests
{
    /// <summary>The nuspec's namespace (NuGet picks the schema version the features in use need).</summary>
    private static XNamespace Nuspec => XDocument.Parse(Read(TestPackage.Id + ".nuspec")).Root!.Name.Namespace;

    [TestMethod]
    public void TheGeneratorIsAnAnalyzerAndNothingIsALibrary()
    {
        var entries = Entries();

        CollectionAssert.AreEquivalent(
            new[] { "analyzers/dotnet/cs/AiDigest.Generators.dll", "analyzers/dotnet/cs/AiDigest.Generators.CodeFixes.dll" },
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray(),
            "the generator (with its analyzer) and the code fixes, for C#");
        var libraries = entries.Where(e => (e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal))
            && !e.EndsWith("/_._", StringComparison.Ordinal)).ToList();
        Assert.AreEqual(0, libraries.Count, "nothing for consumers to reference at run time: " + string.Join(", ", libraries));
        Assert.IsFalse(entries.Any(e => e.EndsWith("Microsoft.CodeAnalysis.dll", StringComparison.Ordinal) || e.EndsWith("Microsoft.CodeAnalysis.CSharp.dll", StringComparison.Ordinal)),
            "Roslyn is the compiler's own, never shipped");
    }

    [TestMethod]
    public void BuildAndBuildTransitiveCarryTheSamePropsAndTargets()
    {
        var entries = Entries();

        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            CollectionAssert.Contains(entries, folder + "/AiDigest.Generators.props");
            CollectionAssert.Contains(entries, folder + "/AiDigest.Generators.targets");
        }
        Assert.AreEqual(Read("build/AiDigest.Generators.props"), Read("buildTransitive/AiDigest.Generators.props"));
        Assert.AreEqual(Read("build/AiDigest.Generators.targets"), Read("buildTransitive/AiDigest.Generators.targets"));
        StringAssert.Contains(Read("build/AiDigest.Generators.props"), "<CompilerVisibleItemMetadata Include=\"AdditionalFiles\" MetadataName=\"AiDigestArchiveName\" />");
        StringAssert.Contains(Read("build/AiDigest.Generators.targets"), "<AdditionalFiles Include=\"@(AiDigestArchive)\"");
    }

    [TestMethod]
    public void TheReadmeIsTheConsumersGuideBesideTheProject()
    {
        var metadata = Metadata();
        var readme = Read("README.md");

        Assert.AreEqual("README.md", (string?)metadata.Element(Nuspec + "readme"));
        Assert.AreEqual(File.ReadAllText(Path.Combine(TestPackage.RepositoryRoot, "src", "AiDigest.Generators", "README.md")), readme);
        StringAssert.Contains(readme, "dotnet add package " + TestPackage.Id, "how to install");
        StringAssert.Contains(readme, "<AiDigestArchive Include=", "how to declare archives");
        Assert.IsFalse(readme.Contains("dotnet test", StringComparison.Ordinal), "the repository's commands belong to the contributors' README");
    }

    /// <summary>
    /// NuGet shows the readme outside the repository: every link is absolute, and every entry of the diagnostics
    /// reference (each has an anchor there) is linked from the readme's diagnostics table, under the package's own project URL.
    /// </summary>
    [TestMethod]
    public void TheReadmeLinksEveryDiagnosticToItsEntryInTheReference()
    {
        var readme = Read("README.md");
        var reference = File.ReadAllText(Path.Combine(TestPackage.RepositoryRoot, "docs", "diagnostics.md"));
        var referenceUrl = (string?)Metadata().Element(Nuspec + "projectUrl") + "/blob/main/docs/diagnostics.md#";

        var relative = Regex.Matches(readme, @"\]\((?!https://)[^)]*\)").Select(m => m.Value).ToList();
        Assert.AreEqual(0, relative.Count, "links that only work inside the repository: " + string.Join(", ", relative));
        var anchors = Regex.Matches(reference, "<a id=\"(aidg[0-9]{4})\"></a>").Select(m => m.Groups[1].Value).ToList();
        Assert.IsTrue(anchors.Count >= 26, string.Join(", ", anchors));
        var section = readme.IndexOf("\n## Diagnostics", StringComparison.Ordinal);
        Assert.IsTrue(section >= 0, "the readme has a diagnostics section");
        var diagnostics = readme.Substring(section);
        foreach (var anchor in anchors)
        {
            StringAssert.Contains(diagnostics, "[" + anchor.ToUpperInvariant() + "](" + referenceUrl + anchor + ")", anchor);
        }
    }

    [TestMethod]
    public void MetadataNamesLicenceRepositoryAndDevelopmentDependency()
    {
        var metadata = Metadata();

        Assert.AreEqual(TestPackage.Id, (string?)metadata.Element(Nuspec + "id"));
        Assert.AreEqual(TestPackage.Version, (string?)metadata.Element(Nuspec + "version"));
        var license = metadata.Element(Nuspec + "license");
        Assert.IsNotNull(license);
        Assert.AreEqual("expression", (string?)license.Attribute("type"));
        Assert.AreEqual("MIT", license.Value);
        var repository = metadata.Element(Nuspec + "repository");
        Assert.IsNotNull(repository);
        Assert.AreEqual("git", (string?)repository.Attribute("type"));
        StringAssert.StartsWith((string?)repository.Attribute("url"), "https://github.com/");
        StringAssert.StartsWith((string?)metadata.Element(Nuspec + "projectUrl"), "https://github.com/");
        Assert.AreEqual("true", (string?)metadata.Element(Nuspec + "developmentDependency"));
        Assert.IsFalse(string.IsNullOrWhiteSpace((string?)metadata.Element(Nuspec + "authors")));
        Assert.IsFalse(string.IsNullOrWhiteSpace((string?)metadata.Element(Nuspec + "description")));
        StringAssert.Contains((string?)metadata.Element(Nuspec + "tags"), "source-generator");
        Assert.IsNull(metadata.Element(Nuspec + "dependencies"), "no dependency flows to consumers");
    }

    [TestMethod]
    public void TheGeneratorIsDeterministicWithItsSymbolsEmbedded()
    {
        using var package = ZipFile.OpenRead(TestPackage.NupkgPath);
        using var stream = new MemoryStream();
        using (var dll = package.GetEntry("analyzers/dotnet/cs/AiDigest.Generators.dll")!.Open()) dll.CopyTo(stream);
        stream.Position = 0;
        using var reader = new PEReader(stream);

        var debugDirectory = reader.ReadDebugDirectory();
        Assert.IsTrue(debugDirectory.Any(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb), "embedded portable PDB");
        Assert.IsTrue(debugDirectory.Any(e => e.Type == DebugDirectoryEntryType.Reproducible), "deterministic build");
        Assert.IsFalse(Entries().Any(e => e.EndsWith(".pdb", StringComparison.Ordinal)), "the symbols travel inside the DLL");
    }

    [TestMethod]
    public void TheCodeFixesAloneUseWorkspacesAndBothBindToRoslyn48()
    {
        var generator = References("analyzers/dotnet/cs/AiDigest.Generators.dll");
        var codeFixes = References("analyzers/dotnet/cs/AiDigest.Generators.CodeFixes.dll");

        // The compiler loads the generator without Workspaces (RS1038); the IDE loads the code fixes with it.
        Assert.IsFalse(generator.ContainsKey("Microsoft.CodeAnalysis.Workspaces"), string.Join(", ", generator.Keys));
        Assert.IsFalse(generator.ContainsKey("Microsoft.CodeAnalysis.CSharp.Workspaces"));
        Assert.IsTrue(codeFixes.ContainsKey("Microsoft.CodeAnalysis.Workspaces"), string.Join(", ", codeFixes.Keys));
        Assert.IsTrue(codeFixes.ContainsKey("AiDigest.Generators"), "the code fixes reuse the analyzer's code");
        foreach (var (name, version) in generator.Concat(codeFixes).Where(r => r.Key.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)))
        {
            Assert.IsTrue(version <= new Version(4, 8, 0, 0), $"{name} {version}: newer than Roslyn 4.8 would be skipped by older compilers (CS9057)");
        }
    }

    [TestMethod]
    public void TheCodeFixesAreDeterministicWithTheirSymbolsEmbedded()
    {
        using var package = ZipFile.OpenRead(TestPackage.NupkgPath);
        using var stream = new MemoryStream();
        using (var dll = package.GetEntry("analyzers/dotnet/cs/AiDigest.Generators.CodeFixes.dll")!.Open()) dll.CopyTo(stream);
        stream.Position = 0;
        using var reader = new PEReader(stream);

        var debugDirectory = reader.ReadDebugDirectory();
        Assert.IsTrue(debugDirectory.Any(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb), "embedded portable PDB");
        Assert.IsTrue(debugDirectory.Any(e => e.Type == DebugDirectoryEntryType.Reproducible), "deterministic build");
    }

    /// <summary>The assemblies a packed DLL references, with their versions.</summary>
    private static System.Collections.Generic.Dictionary<string, Version> References(string entryName)
    {
        using var package = ZipFile.OpenRead(TestPackage.NupkgPath);
        using var stream = new MemoryStream();
        using (var dll = package.GetEntry(entryName)!.Open()) dll.CopyTo(stream);
        stream.Position = 0;
        using var reader = new PEReader(stream);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .ToDictionary(reference => metadata.GetString(reference.Name), reference => reference.Version);
    }

    private static string[] Entries()
    {
        using var package = ZipFile.OpenRead(TestPackage.NupkgPath);
        return package.Entries.Select(e => e.FullName).ToArray();
    }

    private static string Read(string entryName)
    {
        using var package = ZipFile.OpenRead(TestPackage.NupkgPath);
        var entry = package.GetEntry(entryName) ?? throw new AssertFailedException(entryName + " is not in the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static XElement Metadata()
    {
        var nuspec = XDocument.Parse(Read(TestPackage.Id + ".nuspec"));
        return nuspec.Root!.Element(Nuspec + "metadata") ?? throw new AssertFailedException("the nuspec has no metadata");
    }
}
