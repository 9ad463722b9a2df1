using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Sample.Tests;

/// <summary>
/// <c>papers</c> and <c>search</c>. Facts read from the seed: CSBrain's block (line 1563) has a GitHub link; the
/// paper "Revisiting Generalization Power of a DNN in Terms of Symbolic Interactions" (line 1841) has only an arXiv
/// link; 物理图灵测试 is the title on line 3 and WorldMem the title on line 2582.
/// </summary>
[TestClass]
public sealed class PapersAndSearchTests
{
    private const string WithoutCode = "Revisiting Generalization Power of a DNN in Terms of Symbolic Interactions";

    [TestMethod]
    public void PapersListsEveryCitedPaperWithItsCitingArticles()
    {
        var run = SampleRun.Of("papers");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Console, WithoutCode);
        var csBrain = run.ConsoleLines.Single(l => l.Contains("CSBrain: A Cross-scale", System.StringComparison.Ordinal));
        StringAssert.Contains(csBrain, "2506.23075");
        StringAssert.Contains(csBrain, "https://github.com/yuchen2199/CSBrain");
        StringAssert.Contains(csBrain, "│ CSBrain", "cited by the article CSBrain");
    }

    [TestMethod]
    public void WithCodeLeavesOutPapersWithoutACodeLink()
    {
        var run = SampleRun.Of("papers", "--with-code");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Console, "https://github.com/yuchen2199/CSBrain");
        Assert.IsFalse(run.Console.Contains(WithoutCode, System.StringComparison.Ordinal));
        var rows = run.ConsoleLines.Where(l => l.StartsWith('│') && int.TryParse(l.Split('│')[1], out _)).ToList();
        Assert.IsTrue(rows.Count > 0);
        Assert.IsTrue(rows.All(r => r.Split('│')[4].Trim().StartsWith("https://", System.StringComparison.Ordinal)), string.Join("\n", rows));
    }

    [TestMethod]
    public void SearchFindsChineseAndEnglishLines()
    {
        var chinese = SampleRun.Of("search", "物理图灵测试");
        var english = SampleRun.Of("search", "worldmem");

        Assert.AreEqual(0, chinese.ExitCode, chinese.ToString());
        Assert.IsTrue(chinese.ConsoleLines.Any(l => l.StartsWith("│    3 │ Title", System.StringComparison.Ordinal)), chinese.Console);
        Assert.IsTrue(english.ConsoleLines.Any(l => l.StartsWith("│ 2582 │ Title", System.StringComparison.Ordinal) && l.Contains("WorldMem", System.StringComparison.Ordinal)), english.Console);
    }

    [TestMethod]
    public void SearchWithoutHitsSaysSoAndFails()
    {
        var run = SampleRun.Of("search", "zzqqxx-nowhere");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Console, "No line of any article contains 'zzqqxx-nowhere'.");
    }
}
