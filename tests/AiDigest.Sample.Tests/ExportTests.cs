using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Sample.Tests;

/// <summary><c>export</c>: the JSON file README's "Export format" describes.</summary>
[TestClass]
public sealed class ExportTests
{
    [TestMethod]
    public void ExportWritesTheDatasetAsJson()
    {
        var path = Path.Combine(Path.GetTempPath(), "aidigest-sample-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var run = SampleRun.Of("export", path);

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Console, "Wrote " + path);
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var articles = json.RootElement.GetProperty("archives")[0].GetProperty("articles");
            Assert.AreEqual(27, articles.GetArrayLength());
            Assert.AreEqual("物理图灵测试", articles[0].GetProperty("title").GetString());
            Assert.AreEqual(2582, articles.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "WorldMem").GetProperty("line").GetInt32());
            StringAssert.Contains(File.ReadAllText(path), "\"物理图灵测试\"", "CJK written as is, not escaped");
            var r1 = articles.EnumerateArray().Single(a => a.GetProperty("title").GetString() == "R1-Reward");
            var block = r1.GetProperty("blocks").EnumerateArray().Single(b => b.GetProperty("line").GetInt32() == 3069);
            Assert.AreEqual("Title", block.GetProperty("kind").GetString());
            Assert.AreEqual(1, block.GetProperty("level").GetInt32());
            Assert.AreEqual("correction", block.GetProperty("rule").GetString());
            Assert.AreEqual("StableReinforce 提升训练稳定性", block.GetProperty("text").GetString());
            Assert.IsTrue(articles.EnumerateArray().All(a => a.GetProperty("blocks").GetArrayLength() > 0), "every article has its blocks");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void AnUnwritablePathIsAClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), "aidigest-no-such-folder-" + Guid.NewGuid().ToString("N"), "out.json");

        var run = SampleRun.Of("export", path);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "Could not write " + path);
    }
}
