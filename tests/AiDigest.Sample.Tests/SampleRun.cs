using System.Globalization;
using System.IO;
using System.Linq;
using AiDigest.Sample;
using Spectre.Console.Testing;

namespace AiDigest.Sample.Tests;

/// <summary>One run of the sample's command line in process: what it wrote to the console, to standard output (help) and to standard error.</summary>
internal sealed record SampleRun(int ExitCode, string Console, string Output, string Error)
{
    /// <summary>Wide enough that no table wraps a cell, so each row is one line.</summary>
    public const int Width = 240;

    public static SampleRun Of(params string[] args)
    {
        var console = new TestConsole().Width(Width);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = DigestCli.Run(args, console, output, error);
        return new SampleRun(exitCode, console.Output, output.ToString(), error.ToString());
    }

    public string[] ConsoleLines => Console.Replace("\r\n", "\n").Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- console\n{Console}\n--- output\n{Output}\n--- error\n{Error}";
}

/// <summary>Terminal columns: what a terminal gives a character (East Asian wide and full-width forms take two).</summary>
internal static class TerminalWidth
{
    public static int Of(string line) => line.Sum(c => IsWide(c) ? 2 : 1);

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'      // Hangul Jamo
        or >= '\u2E80' and <= '\u303E'        // CJK radicals, punctuation
        or >= '\u3041' and <= '\u33FF'        // kana, CJK compatibility
        or >= '\u3400' and <= '\u4DBF'        // CJK extension A
        or >= '\u4E00' and <= '\u9FFF'        // CJK unified ideographs
        or >= '\uAC00' and <= '\uD7A3'        // Hangul syllables
        or >= '\uF900' and <= '\uFAFF'        // CJK compatibility ideographs
        or >= '\uFE30' and <= '\uFE4F'        // CJK compatibility forms
        or >= '\uFF00' and <= '\uFF60'        // full-width forms
        or >= '\uFFE0' and <= '\uFFE6';
}
