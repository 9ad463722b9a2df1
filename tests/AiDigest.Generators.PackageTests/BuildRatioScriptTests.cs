using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.PackageTests;

/// <summary>
/// Keeps the large-archive build path green: the benchmark's build-ratio script, reduced to 20 pages and one run,
/// packs the generator, builds a consumer with the archive through the package and the plain-resource baseline,
/// and runs the consumer. Its timings are printed, not judged (they belong in the benchmark report).
/// </summary>
[TestClass]
public sealed class BuildRatioScriptTests
{
    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void ATwentyPageArchiveBuildsThroughThePackageAndRuns()
    {
        var script = Path.Combine(TestPackage.RepositoryRoot, "tests", "AiDigest.Generators.Benchmarks", "build-ratio.sh");
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add("20");
        start.ArgumentList.Add("1");

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();

        var text = output.ToString();
        Assert.AreEqual(0, process.ExitCode, text);
        StringAssert.Contains(text, "540 articles", "the consumer runs and reads the 20-page dataset");
        StringAssert.Contains(text, "archive unchanged between builds: generated");
        StringAssert.Contains(text, "archive edited before every build: generated");
        Assert.IsFalse(text.Contains("error", StringComparison.OrdinalIgnoreCase), text);
    }
}
