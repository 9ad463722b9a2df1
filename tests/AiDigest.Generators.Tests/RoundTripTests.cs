using System;
using System.Collections.Generic;
using System.Linq;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Tests;

/// <summary>Nothing is lost: every non-blank line of an archive is in exactly one element, in order.</summary>
[TestClass]
public sealed class RoundTripTests
{
    /// <summary>The non-blank lines the model's elements hold, in archive order.</summary>
    internal static List<string> RebuildNonBlankLines(ArchiveModel archive) =>
        archive.Prologue
            .Concat(archive.Articles.SelectMany(a => a.Elements))
            .Concat(archive.Epilogue)
            .SelectMany(e => e.Text.Split('\n'))
            .Where(line => !Generators.Text.TextShapes.IsBlank(line))
            .ToList();

    public static List<string> NonBlankLines(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Where(line => !Generators.Text.TextShapes.IsBlank(line))
            .ToList();

    [TestMethod]
    public void TheSeedRebuildsFromItsModel()
    {
        var expected = NonBlankLines(TestArchive.SeedText);
        var actual = RebuildNonBlankLines(TestArchive.ParseSeed());

        Assert.AreEqual(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.AreEqual(expected[i], actual[i], $"non-blank line {i + 1}");
        }
    }

    [TestMethod]
    public void ElementsAreInOrderAndDoNotOverlap()
    {
        var archive = TestArchive.ParseSeed();
        var elements = archive.Prologue.Concat(archive.Articles.SelectMany(a => a.Elements)).Concat(archive.Epilogue).ToList();

        for (var i = 1; i < elements.Count; i++)
        {
            Assert.IsTrue(elements[i].Line > elements[i - 1].EndLine, $"{elements[i - 1].Kind} at {elements[i - 1].Line} overlaps {elements[i].Kind} at {elements[i].Line}");
        }
    }
}
