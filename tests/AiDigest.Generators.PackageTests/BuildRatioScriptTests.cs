using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.PackageTests;

/// <summary>
/// Keeps the benchmark's build scripts green, reduced to one run: build-ratio.sh (one 20-page archive file) and
/// growth-ratio.sh (five one-page files, a sixth added and removed). Each packs the generator, builds a consumer
/// through the package and the plain-resource baseline, and runs the consumer. Their timings are printed, not
/// judged (they belong in the benchmark report).
/// </summary>
[TestClass]
public sealed class BuildRatioScriptTests
{
    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void ATwentyPageArchiveBuildsThroughThePackageAndRuns()
    {
        var text = RunScript("build-ratio.sh", "20", "1");
        StringAssert.Contains(text, "540 articles", "the consumer runs and reads the 20-page dataset");
        StringAssert.Contains(text, "archive unchanged between builds: generated");
        StringAssert.Contains(text, "archive edited before every build: generated");
    }

    [TestMethod]
    [Timeout(600_000, CooperativeCancellation = true)]
    public void AnArchiveOfOnePageFilesBuildsAsItGrowsAndShrinks()
    {
        var text = RunScript("growth-ratio.sh", "5", "1");
        StringAssert.Contains(text, "135 articles", "the consumer runs and reads the five files");
        StringAssert.Contains(text, "rebuild: generated");
        StringAssert.Contains(text, "page added: generated");
        StringAssert.Contains(text, "page removed: generated");
    }

    private static string RunScript(string name, params string[] arguments)
    {
        var script = Path.Combine(TestPackage.RepositoryRoot, "tests", "AiDigest.Generators.Benchmarks", name);
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();

        var text = output.ToString();
        Assert.AreEqual(0, process.ExitCode, text);
        Assert.IsFalse(text.Contains("error", StringComparison.OrdinalIgnoreCase), text);
        return text;
    }
}
