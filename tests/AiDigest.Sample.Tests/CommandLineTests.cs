using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Sample.Tests;

/// <summary>Help on every command, errors for a bad command line, and plain text when the output is redirected.</summary>
[TestClass]
public sealed class CommandLineTests
{
    [TestMethod]
    [DataRow(new[] { "--help" }, "show <article>")]
    [DataRow(new[] { "overview", "--help" }, "overview [options]")]
    [DataRow(new[] { "show", "--help" }, "<article>")]
    [DataRow(new[] { "papers", "--help" }, "--with-code")]
    [DataRow(new[] { "search", "--help" }, "<text>")]
    [DataRow(new[] { "export", "--help" }, "<file>")]
    public void EveryCommandHasHelp(string[] args, string expected)
    {
        var run = SampleRun.Of(args);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "Usage:");
        StringAssert.Contains(run.Output, expected);
        Assert.AreEqual(string.Empty, run.Console, "help only");
    }

    [TestMethod]
    [DataRow(new[] { "bogus" }, "bogus")]
    [DataRow(new[] { "show" }, "article")]
    [DataRow(new[] { "papers", "--with-cod" }, "--with-cod")]
    [DataRow(new[] { "export" }, "file")]
    [DataRow(new[] { "search", "a", "b" }, "b")]
    public void ABadCommandLineIsAnErrorNamingTheProblem(string[] args, string named)
    {
        var run = SampleRun.Of(args);

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, named);
        Assert.AreEqual(string.Empty, run.Console, "nothing else runs");
    }

    [TestMethod]
    public void RedirectedOutputHasNoColourCodes()
    {
        var sample = Path.Combine(AppContext.BaseDirectory, "AiDigest.Sample.dll");
        var start = new ProcessStartInfo(DotNet(), $"\"{sample}\" show WorldMem")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        // A terminal that would take colours, were the output not redirected.
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLORTERM"] = "truecolor";
        start.Environment.Remove("NO_COLOR");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.AreEqual(0, process.ExitCode, error);
        StringAssert.StartsWith(output, "WorldMem (worldmem, ");
        Assert.IsFalse(output.Contains('\u001b', StringComparison.Ordinal), "no escape sequences: " + output);
    }

    private static string DotNet()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
    }
}
