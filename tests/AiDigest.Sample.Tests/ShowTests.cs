using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Sample.Tests;

/// <summary>
/// <c>show</c>: an article's outline. Facts read from the seed's WorldMem article (lines 2582–2765): heading
/// 研究背景 on line 2601; 记忆读写模块——… on line 2641 with the bullet 记忆库(Memory Bank)… under it on line 2643;
/// the paper block names github.com/xizaoqu/WorldMem; reference [1] is Genie 2 on line 2745.
/// </summary>
[TestClass]
public sealed class ShowTests
{
    [TestMethod]
    public void TheOutlineShowsSectionsByLevelPapersWithLinksAndReferences()
    {
        var run = SampleRun.Of("show", "WorldMem");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var lines = run.ConsoleLines;
        StringAssert.StartsWith(lines[0], "WorldMem (worldmem, 000_8b386abc4c2cc943.txt lines 2582-");
        StringAssert.Contains(run.Console, "研究背景  (level 1, line 2601)");
        // WorldMem's 方法 opens a group (its introduction ends in a colon and lists the modules): the modules are its sub-sections.
        var parent = Array.FindIndex(lines, l => l.Contains("方法  (level 1, line 2625)", StringComparison.Ordinal));
        var child = Array.FindIndex(lines, l => l.Contains("条件生成模块", StringComparison.Ordinal));
        Assert.IsTrue(parent >= 0 && child == parent + 1, run.Console);
        StringAssert.Contains(lines[child], "(level 2, line 2635)");
        Assert.IsTrue(Indent(lines[child]) > Indent(lines[parent]), "a level-2 section is nested under its level-1 heading");
        StringAssert.Contains(run.Console, "WorldMem: Long-term Consistent World Simulation with Memory");
        StringAssert.Contains(run.Console, "code: https://github.com/xizaoqu/WorldMem");
        StringAssert.Contains(run.Console, "[1] Genie 2: A large-scale foundation world model. 2024.  (line 2745)");
    }

    [TestMethod]
    [DataRow("worldmem")]
    [DataRow("19")]
    [DataRow("WORLDMEM")]
    public void AnArticleIsFoundByIdTitleOrNumber(string key)
    {
        Assert.AreEqual(SampleRun.Of("show", "WorldMem").Console, SampleRun.Of("show", key).Console);
    }

    [TestMethod]
    public void ChineseTitlesWork()
    {
        var run = SampleRun.Of("show", "物理图灵测试");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.Console, "物理图灵测试 (物理图灵测试, 000_8b386abc4c2cc943.txt lines 3-");
    }

    [TestMethod]
    public void AnUnknownArticleIsAClearErrorWithASuggestion()
    {
        var run = SampleRun.Of("show", "物理图灵");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        Assert.AreEqual(string.Empty, run.Console);
        StringAssert.Contains(run.Error, "No article has the id, title or number '物理图灵'. Did you mean '物理图灵测试'?");
    }

    [TestMethod]
    [DataRow("0")]
    [DataRow("28")]
    [DataRow("no-such-article")]
    public void NothingOutsideTheDatasetIsShown(string key)
    {
        var run = SampleRun.Of("show", key);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "'" + key + "'");
    }

    private static int Indent(string line) => line.TakeWhile(c => c is ' ' or '│' or '├' or '└' or '─').Count();
}
