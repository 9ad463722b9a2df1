using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Sample.Tests;

/// <summary>
/// <c>show ARTICLE --lines</c>: the parser's reading line by line, from <c>Article.Blocks</c>. R1-Reward (lines
/// 2950–3178) holds the seed's known outline miss, fixed by <c>seeds/000_8b386abc4c2cc943.corrections</c>: line
/// 3069, <c>StableReinforce 提升训练稳定性</c>, is a top-level part.
/// </summary>
[TestClass]
public sealed class ShowLinesTests
{
    [TestMethod]
    public void EveryLineShowsItsBlockKindAndTheCorrectedLineIsMarked()
    {
        var run = SampleRun.Of("show", "R1-Reward", "--lines");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var lines = run.ConsoleLines;
        StringAssert.StartsWith(lines[0], "R1-Reward (");
        var corrected = lines.Single(l => l.Contains("StableReinforce 提升训练稳定性", StringComparison.Ordinal));
        StringAssert.Contains(corrected, "3069 * Title 1");
        var other = lines.Single(l => l.Contains("PPO/Reinforce++ 的问题在哪", StringComparison.Ordinal));
        StringAssert.Contains(other, "3048   Title 2");
        Assert.AreEqual(1, lines.Count(l => l.Length > 8 && l[7] == '*'), "only the corrected line is marked");
        StringAssert.Contains(lines.Last(l => l.Length > 0), "decided by a corrections file");
        Assert.IsTrue(lines.Any(l => l.Contains("NarrativeText", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void TheOutlineFollowsTheCorrection()
    {
        var run = SampleRun.Of("show", "R1-Reward");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Console, "StableReinforce 提升训练稳定性  (level 1, line 3069)");
    }

    [TestMethod]
    public void EveryNonBlankLineOfTheArticleIsListedOnce()
    {
        var run = SampleRun.Of("show", "WorldMem", "--lines");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var numbers = run.ConsoleLines.Skip(1).Select(l => l.Length > 6 ? l.Substring(0, 6).Trim() : string.Empty)
            .Where(n => n.Length > 0 && n.All(char.IsDigit)).Select(int.Parse).ToList();
        CollectionAssert.AllItemsAreUnique(numbers);
        Assert.IsTrue(numbers.SequenceEqual(numbers.OrderBy(n => n)), "in order");
        Assert.IsTrue(numbers.Contains(2601) && numbers.Contains(2745), string.Join(",", numbers.Take(20)));
        StringAssert.Contains(run.Console, "2601   Title 1");
    }
}
