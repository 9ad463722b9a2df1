using System;
using System.IO;
using System.Linq;
using System.Reflection;
using AiDigest.Generators.Diagnostics;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Architecture;

/// <summary>Lists that must agree with each other and cannot be derived: each pair is held together here.</summary>
[TestClass]
public sealed class DriftTests
{
    private static readonly string[] Ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [TestMethod]
    public void EveryDiagnosticIdTheGeneratorReportsHasADescriptor()
    {
        Assert.IsTrue(Ids.Length >= 25, string.Join(",", Ids));
        var reportedByMsBuild = new[] { DiagnosticIds.ArchiveFileNamesCollide };
        CollectionAssert.AreEquivalent(Ids.Except(reportedByMsBuild).ToList(), DiagnosticDescriptors.ById.Keys.ToList());
    }

    [TestMethod]
    public void EveryDescriptorIsInTheReleaseTrackingFileWithItsCategoryAndSeverity()
    {
        var unshipped = File.ReadAllLines(Path.Combine(Repository.GeneratorSources, "AnalyzerReleases.Unshipped.md"))
            .Where(line => line.StartsWith("AIDG", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .ToDictionary(cells => cells[0]);
        foreach (var descriptor in DiagnosticDescriptors.ById.Values)
        {
            Assert.IsTrue(unshipped.TryGetValue(descriptor.Id, out var cells), descriptor.Id + " is missing from AnalyzerReleases.Unshipped.md");
            Assert.AreEqual(descriptor.Category, cells[1], descriptor.Id);
            Assert.AreEqual(descriptor.DefaultSeverity.ToString(), cells[2], descriptor.Id);
        }
        CollectionAssert.AreEquivalent(DiagnosticDescriptors.ById.Keys.ToList(), unshipped.Keys.ToList(), "no stale rows");
    }

    [TestMethod]
    public void EveryHelpLinkPointsAtAnAnchorOfTheDiagnosticsReference()
    {
        var reference = File.ReadAllText(Path.Combine(Repository.Root, "docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticDescriptors.ById.Values)
        {
            StringAssert.StartsWith(descriptor.HelpLinkUri, DiagnosticDescriptors.HelpBase, descriptor.Id);
            var anchor = descriptor.HelpLinkUri.Substring(DiagnosticDescriptors.HelpBase.Length);
            StringAssert.Contains(reference, "<a id=\"" + anchor + "\"></a>", descriptor.Id + " has no anchor in docs/diagnostics.md");
        }
        StringAssert.Contains(reference, "<a id=\"" + DiagnosticIds.ArchiveFileNamesCollide.ToLowerInvariant() + "\"></a>");
        StringAssert.Contains(
            File.ReadAllText(Path.Combine(Repository.GeneratorSources, "build", "AiDigest.Generators.targets")), "Code=\"" + DiagnosticIds.ArchiveFileNamesCollide + "\"");
    }

    [TestMethod]
    public void EveryLinkKindIsDescribedForTheGeneratedEnum()
    {
        foreach (var kind in Enum.GetValues<LinkKind>())
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(DigestTypesEmitter.Describe(kind)), kind.ToString());
        }
    }

    [TestMethod]
    public void TheGeneratedCodeCarriesThePackageVersion()
    {
        var project = File.ReadAllText(Path.Combine(Repository.GeneratorSources, "AiDigest.Generators.csproj"));
        StringAssert.Contains(project, "<Version>" + GeneratedFileHeader.ToolVersion + "</Version>");
    }
}
