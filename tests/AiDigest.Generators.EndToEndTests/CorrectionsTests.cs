using System.Linq;
using AiDigest;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.EndToEndTests;

/// <summary>
/// The seed's corrections file, declared with <c>&lt;AiDigestCorrections&gt;</c> (see Directory.Build.targets) and
/// applied by the build: R1-Reward's <c>StableReinforce 提升训练稳定性</c> (line 3069) is a top-level part.
/// </summary>
[TestClass]
public sealed class CorrectionsTests
{
    [TestMethod]
    public void TheSeedsCorrectionIsAppliedByTheBuild()
    {
        var article = Digest.Articles.Single(a => a.Title == "R1-Reward");
        var section = article.Sections.Single(s => s.Line == 3069);
        Assert.AreEqual((1, (int?)null), (section.Level, section.ParentLine));
        var block = article.Blocks.Single(b => b.Line == 3069);
        Assert.AreEqual((BlockKind.Title, 1, "correction", "StableReinforce 提升训练稳定性"), (block.Kind, block.Level, block.Rule, block.Text));
        Assert.AreEqual(1, Digest.Articles.SelectMany(a => a.Blocks).Count(b => b.Rule == "correction"), "one correction, one corrected block");
    }

    [TestMethod]
    public void BlocksHoldTheWholeBodyReadFromTheEmbeddedArchive()
    {
        foreach (var article in Digest.Articles)
        {
            Assert.AreEqual(article.Text, string.Join("\n", article.Blocks.Select(b => b.Text)), article.Title);
            Assert.IsTrue(article.Blocks.Zip(article.Blocks.Skip(1)).All(pair => pair.Second.Line > pair.First.EndLine), article.Title);
        }
        var worldMem = Digest.Articles.Single(a => a.Title == "WorldMem");
        Assert.IsTrue(worldMem.Blocks.Any(b => b.Kind == BlockKind.Title && b.Line == 2601 && b.Level == 1));
        Assert.IsTrue(worldMem.Blocks.Any(b => b.Kind == BlockKind.Metadata));
    }
}
