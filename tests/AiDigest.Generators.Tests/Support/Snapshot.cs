using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Support;

/// <summary>
/// Snapshot assertions with Verify's conventions, so the suite can move to Verify.SourceGenerators unchanged:
/// <c>{Class}.{Method}#{HintName}.verified.cs</c> beside the test's source file is the approved text; on a
/// mismatch the actual text is written to the matching <c>.received.cs</c> (git-ignored) and the failure shows a
/// line diff. To approve, replace the verified file with the received one.
/// </summary>
internal static class Snapshot
{
    /// <summary>Checks every named text and fails once, listing every mismatch, so one run writes all received files.</summary>
    public static void VerifyAll(IEnumerable<(string Name, string Text)> snapshots, [CallerFilePath] string sourceFile = "")
    {
        var failures = new List<string>();
        foreach (var (name, text) in snapshots)
        {
            var failure = Check(text, name, sourceFile);
            if (failure is not null) failures.Add(failure);
        }
        if (failures.Count > 0) Assert.Fail(string.Join("\n\n", failures));
    }

    public static void Verify(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        var failure = Check(actual, name, sourceFile);
        if (failure is not null) Assert.Fail(failure);
    }

    private static string? Check(string actual, string name, string sourceFile)
    {
        var directory = Path.GetDirectoryName(sourceFile)!;
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        var normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verifiedPath))
        {
            var verified = File.ReadAllText(verifiedPath).Replace("\r\n", "\n");
            if (verified == normalized)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return null;
            }
            File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
            return $"Snapshot {name} differs from {verifiedPath}.\nReceived: {receivedPath}\n{Diff(verified, normalized)}";
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        return $"No verified snapshot {verifiedPath}. Review {receivedPath} and rename it to .verified.cs to approve.";
    }

    private static string Diff(string verified, string received)
    {
        var diff = InlineDiffBuilder.Diff(verified, received);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            if (line.Type == ChangeType.Unchanged) continue;
            builder.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            if (++shown == 60)
            {
                builder.AppendLine("… (more differences)");
                break;
            }
        }
        return builder.ToString();
    }
}
