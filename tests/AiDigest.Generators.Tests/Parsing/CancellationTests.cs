using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDigest.Generators.Input;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.ScaleFixture;
using AiDigest.Generators.Tests.Support;
using Microsoft.CodeAnalysis.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// An IDE cancels the generator on every keystroke that changes its inputs: a parse that is cancelled must stop at
/// once, not run its course. A behavioural bound, not a benchmark: it holds however fast the machine is, since what
/// is measured is the time from the cancellation to the parse giving up.
/// </summary>
[TestClass]
public sealed class CancellationTests
{
    private const string Path = "/r/seeds/pages.txt";

    /// <summary>The parse step as the generator runs it: the compiler's text of the file, split and parsed.</summary>
    private static void Parse(SourceText source, CancellationToken cancellationToken)
    {
        var file = ArchiveInput.Describe(Path, null, "AiDigest.Archive.pages.txt", source);
        ArchiveParser.Parse(file, ArchiveText.Split(source, file.Encoding, cancellationToken), cancellationToken);
    }

    [TestMethod]
    [Timeout(120_000)]
    public void CancellingAHundredPageParseMidwayStopsItWithin100Milliseconds()
    {
        // A file this size is a chunked LargeText in the compiler, as here.
        var bytes = Encoding.UTF8.GetBytes(ScaleArchive.Synthesize(TestArchive.SeedText, 100));
        var source = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);
        Parse(source, CancellationToken.None);
        var whole = Stopwatch.StartNew();
        Parse(source, CancellationToken.None);
        var parseTime = whole.Elapsed;

        // Cancelled a quarter, half and three quarters of the way: in the split, among the article boundaries, in the
        // articles' assembly. A loaded machine can hold any thread back for a while, so each point gets a few tries and
        // the parser's own delay shows in the best of them.
        foreach (var fraction in new[] { 0.25, 0.5, 0.75 })
        {
            var latencies = new System.Collections.Generic.List<double>();
            var delay = TimeSpan.FromTicks((long)(parseTime.Ticks * fraction));
            for (var attempt = 0; attempt < 6 && latencies.Count < 3 && (latencies.Count == 0 || latencies.Min() >= 100); attempt++)
            {
                if (CancelAfter(source, delay) is { } milliseconds) latencies.Add(milliseconds);
                else delay = TimeSpan.FromTicks(delay.Ticks * 4 / 5); // it had finished: a later parse ran faster
            }
            Assert.IsTrue(latencies.Count > 0, $"the parse ended before {fraction:P0} of {parseTime.TotalMilliseconds:F0} ms every time");
            Assert.IsTrue(
                latencies.Min() < 100,
                $"cancelled at {fraction:P0} of a {parseTime.TotalMilliseconds:F0} ms parse, it stopped {string.Join(", ", latencies.Select(l => l.ToString("F1", CultureInfo.InvariantCulture) + " ms"))} later");
        }
    }

    /// <summary>
    /// Starts a parse and cancels it after <paramref name="delay"/>: how many milliseconds later it stopped, by giving up
    /// or by running to its end; null when it had ended before the cancellation.
    /// </summary>
    private static double? CancelAfter(SourceText source, TimeSpan delay)
    {
        using var cancellation = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var parse = Task.Factory.StartNew(
            () =>
            {
                started.Set();
                try
                {
                    Parse(source, cancellation.Token);
                }
                catch (OperationCanceledException)
                {
                }
                return Stopwatch.GetTimestamp();
            },
            TaskCreationOptions.LongRunning);
        started.Wait();
        Thread.Sleep(delay);
        var requested = Stopwatch.GetTimestamp();
        cancellation.Cancel();
        var stopped = parse.Result;
        return stopped < requested ? null : Stopwatch.GetElapsedTime(requested, stopped).TotalMilliseconds;
    }
}
