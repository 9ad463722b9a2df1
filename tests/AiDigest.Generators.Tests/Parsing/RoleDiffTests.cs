using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AiDigest.Generators.Parsing;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>
/// The role diff: what the parser reads on the seed and on every fixture page (held-out pages excepted: nobody who
/// changes rules may see them) is kept in <c>Fixtures/roles/*.roles</c>, one line per element. A change to the rules
/// that moves any line's kind, level, rule or paper fails here with the lines it moved, on every page at once,
/// so its author sees what it did before the answer-key floors do; approve by renaming the written
/// <c>*.received.roles</c> over the <c>*.roles</c> file, or by running the test with <c>AIDIGEST_ROLES=approve</c>.
/// </summary>
[TestClass]
public sealed class RoleDiffTests
{
    public TestContext TestContext { get; set; } = null!;

    public static IEnumerable<object?[]> Pages =>
        ScoreFloors.Pages().Where(page => !page.Key.StartsWith("held-out/", StringComparison.Ordinal)).Select(page => new object?[] { page.Key, page.Page });

    private static string RolesFolder => Path.Combine(Repository.Root, "tests", "AiDigest.Generators.Tests", "Fixtures", "roles");

    [TestMethod]
    [DynamicData(nameof(Pages))]
    public void WhatThePageIsReadAsHasNotMoved(string keyFile, string? page)
    {
        var archive = page is null
            ? TestArchive.ParseSeed()
            : ArchiveParser.Parse("seeds/" + Path.GetFileName(page), File.ReadAllText(AnswerKey.FixturePath(page)));
        var listing = RoleListing.Of(archive);
        var name = Path.GetFileNameWithoutExtension(keyFile);
        var verified = Path.Combine(RolesFolder, name + ".roles");
        var received = Path.Combine(RolesFolder, name + ".received.roles");

        if (Environment.GetEnvironmentVariable("AIDIGEST_ROLES") == "approve")
        {
            Directory.CreateDirectory(RolesFolder);
            File.WriteAllText(verified, listing);
        }

        var before = File.Exists(verified) ? File.ReadAllText(verified) : "";
        var moved = RoleListing.Diff(before, listing);
        if (moved.Count == 0)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, listing);
        TestContext.WriteLine(string.Join("\n", moved));
        Assert.Fail(name + ": " + moved.Count(line => line.StartsWith("+", StringComparison.Ordinal)) + " lines read differently (- before, + now); "
            + "if every move is right, approve " + received + ":\n" + string.Join("\n", moved.Take(60)));
    }

    [TestMethod]
    public void TheDiffShowsAMovedLineAndNothingElse()
    {
        var before = "# comment\n3 Title | #T\n5 Heading 1 heading-plain | 方法\n7 Paragraph prose | 正文\n7 paper | X | 2501.00001\n";
        var after = "# comment\n3 Title | #T\n5 Paragraph prose | 方法\n7 Paragraph prose | 正文\n7 paper | X | 2501.00001\n";
        var diff = RoleListing.Diff(before, after).ToList();
        CollectionAssert.AreEqual(new[] { "- 5 Heading 1 heading-plain | 方法", "+ 5 Paragraph prose | 方法" }, diff, string.Join(" / ", diff));
        Assert.AreEqual(0, RoleListing.Diff(after, after).Count);
        CollectionAssert.AreEqual(new[] { "- 7 paper | X | 2501.00001" }, RoleListing.Diff(after, after.Replace("7 paper | X | 2501.00001\n", "", StringComparison.Ordinal)).ToList());
    }
}
