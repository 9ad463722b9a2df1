using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Sample.Tests;

/// <summary>
/// <c>overview</c>, the default command. Facts read from the seed: its first line names the page
/// https://blog.51cto.com/whaosoft/13892529; 27 lines start an article (<c>#物理图灵测试</c> on line 3 first,
/// <c>#WorldMem</c> on line 2582, <c>#2025万篇投稿破纪录</c> on line 3515 last).
/// </summary>
[TestClass]
public sealed class OverviewTests
{
    [TestMethod]
    public void TheDefaultCommandIsTheOverview()
    {
        var byDefault = SampleRun.Of();
        var overview = SampleRun.Of("overview");

        Assert.AreEqual(0, byDefault.ExitCode, byDefault.ToString());
        Assert.AreEqual(overview.Console, byDefault.Console);
    }

    [TestMethod]
    public void ItSummarisesTheArchiveAndListsEveryArticle()
    {
        var run = SampleRun.Of("overview");

        StringAssert.Contains(run.Console, "Archive 000_8b386abc4c2cc943.txt: 27 articles, from https://blog.51cto.com/whaosoft/13892529");
        StringAssert.Contains(run.Console, "27 articles, ");
        var rows = run.ConsoleLines.Where(l => l.StartsWith('│')).Select(Cells).Where(c => c.Length == 7 && int.TryParse(c[0], out _)).ToList();
        CollectionAssert.AreEqual(Enumerable.Range(1, 27).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList(), rows.Select(r => r[0]).ToList(), "one row per article, numbered");
        CollectionAssert.AreEqual(new[] { "3", "物理图灵测试" }, new[] { rows[0][1], rows[0][6] });
        CollectionAssert.AreEqual(new[] { "2582", "worldmem", "WorldMem" }, new[] { rows[18][1], rows[18][5], rows[18][6] });
        CollectionAssert.AreEqual(new[] { "3515", "2025万篇投稿破纪录" }, new[] { rows[26][1], rows[26][6] });
    }

    [TestMethod]
    public void ItListsPapersWithCodeRepositoriesLinkKindsAndTheCompileCheckedQueries()
    {
        var run = SampleRun.Of("overview");

        foreach (var expected in new[]
        {
            "Papers with code", "CSBrain: A Cross-scale Spatiotemporal Brain Foundation Model for EEG Decoding", "https://github.com/yuchen2199/CSBrain",
            "Most-linked GitHub repositories", "xizaoqu/WorldMem", "Links by kind", "GitHub",
            "Digest.Articles.WorldMem", "line 2582", "Digest.Articles.物理图灵测试", "line 3:", "Papers.ByArxivId(\"2505.02835\")", "https://github.com/yfzhang114/r1_reward",
        })
        {
            StringAssert.Contains(run.Console, expected);
        }
    }

    [TestMethod]
    public void TableLinesHaveOneWidthInTerminalColumnsWhateverTheScript()
    {
        var run = SampleRun.Of("overview");

        var tableLines = run.ConsoleLines.Where(l => l.Length > 0 && "╭│├╰".Contains(l[0])).ToList();
        var wide = tableLines.Where(l => l.Any(c => c >= '\u4E00' && c <= '\u9FFF')).ToList();
        Assert.IsTrue(wide.Count >= 10, "rows with Chinese titles");
        // Each table's lines end at the same column: consecutive lines of one table have the same width.
        foreach (var table in Tables(run.ConsoleLines))
        {
            var widths = table.Select(TerminalWidth.Of).Distinct().ToList();
            Assert.AreEqual(1, widths.Count, string.Join("\n", table));
        }
    }

    private static string[] Cells(string row) => row.Trim('│').Split('│').Select(c => c.Trim()).ToArray();

    /// <summary>The lines of each table, from its top border (╭) to its bottom border (╰).</summary>
    private static System.Collections.Generic.IEnumerable<System.Collections.Generic.List<string>> Tables(string[] lines)
    {
        System.Collections.Generic.List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('╭')) current = new() { line };
            else if (current is not null)
            {
                current.Add(line);
                if (line.StartsWith('╰'))
                {
                    yield return current;
                    current = null;
                }
            }
        }
    }
}
