using System.Linq;
using AiDigest.Generators.Model;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Models;

[TestClass]
public sealed class PaperMergerTests
{
    private static PaperModel Paper(string? title = null, string? id = null, string? paper = null, string? code = null, string? project = null,
        string? demo = null, string? model = null, int line = 1) => new(title, id, paper, code, project, demo, model, line);

    [TestMethod]
    public void CitationsWithTheSameArxivIdAreOnePaper()
    {
        var merger = new PaperMerger();
        Assert.AreEqual(0, merger.Add(Paper(id: "2505.02835", paper: "https://arxiv.org/abs/2505.02835", line: 3)));
        Assert.AreEqual(0, merger.Add(Paper(title: "R1-Reward", id: "2505.02835", code: "https://github.com/o/r", line: 9)));

        var paper = merger.Papers.Single();
        Assert.AreEqual(Paper("R1-Reward", "2505.02835", "https://arxiv.org/abs/2505.02835", "https://github.com/o/r", line: 3), paper);
    }

    [TestMethod]
    public void CitationsWithTheSameTitleAreOnePaperWhateverTheirPunctuationAndCase()
    {
        var merger = new PaperMerger();
        merger.Add(Paper(title: "LIMO: Less is More for Reasoning", line: 5));
        Assert.AreEqual(0, merger.Add(Paper(title: "limo less is more for reasoning", id: "2502.03387", line: 7)));

        var paper = merger.Papers.Single();
        Assert.AreEqual("LIMO: Less is More for Reasoning", paper.Title, "the first citation's title stays");
        Assert.AreEqual("2502.03387", paper.ArxivId, "a later citation fills the id");
        Assert.AreEqual(5, paper.Line, "the first citation's line stays");
    }

    [TestMethod]
    public void DifferentIdsOrTitlesAreDifferentPapers()
    {
        var merger = new PaperMerger();
        merger.Add(Paper(id: "2505.02835"));
        merger.Add(Paper(id: "2505.02836"));
        merger.Add(Paper(title: "A"));
        merger.Add(Paper(title: "B"));
        merger.Add(Paper(code: "https://github.com/o/r"));
        merger.Add(Paper(code: "https://github.com/o/r"));

        Assert.AreEqual(6, merger.Papers.Count, "without id or title, nothing says two citations are one paper");
    }

    [TestMethod]
    public void AnIdMatchWinsOverATitleMatchAndTheFirstPaperTakesTheCitation()
    {
        var merger = new PaperMerger();
        merger.Add(Paper(id: "2502.03387", line: 1));
        merger.Add(Paper(title: "LIMO", line: 2));

        Assert.AreEqual(0, merger.Add(Paper(title: "LIMO", id: "2502.03387", line: 3)));
        Assert.AreEqual(2, merger.Papers.Count);
        Assert.AreEqual("LIMO", merger.Papers[0].Title);
        Assert.IsNull(merger.Papers[1].ArxivId, "the second paper is not touched");
    }

    [TestMethod]
    public void AMergedPapersNewTitleAndIdFindItLater()
    {
        var merger = new PaperMerger();
        merger.Add(Paper(id: "2502.03387"));
        merger.Add(Paper(title: "LIMO", id: "2502.03387"));
        Assert.AreEqual(0, merger.Add(Paper(title: "LIMO", demo: "https://huggingface.co/spaces/o/d")), "found by the title it was given");

        merger.Add(Paper(title: "Other"));
        merger.Add(Paper(title: "Other", id: "2501.00001"));
        Assert.AreEqual(1, merger.Add(Paper(id: "2501.00001")), "found by the id it was given");
        Assert.AreEqual("https://huggingface.co/spaces/o/d", merger.Papers[0].DemoUrl);
    }

    [TestMethod]
    public void LaterCitationsFillEveryMissingValueAndNeverOverwrite()
    {
        var first = Paper(title: "T", paper: "p1", line: 1);
        var later = Paper(title: "T2", id: "2505.02835", paper: "p2", code: "c", project: "pr", demo: "d", model: "m", line: 2);

        Assert.AreEqual(Paper("T", "2505.02835", "p1", "c", "pr", "d", "m", 1), PaperMerger.Merge(first, later));
        Assert.AreEqual(later, PaperMerger.Merge(Paper(line: 2), later));
        Assert.AreEqual(Paper("T2", "2505.02835", "p2", "c", "pr", "d", "m", 7), PaperMerger.Merge(later with { Line = 7 }, Paper(title: "X", id: "1", paper: "x", code: "x", project: "x", demo: "x", model: "x")));
    }

    [TestMethod]
    [DataRow("LIMO: Less is More", "limolessismore")]
    [DataRow("Attention Is All You Need", "attentionisallyouneed")]
    [DataRow("《大模型综述》", "大模型综述")]
    [DataRow("!!!", null)]
    [DataRow(null, null)]
    public void TitleKeysKeepLettersAndDigits(string? title, string? key) => Assert.AreEqual(key, PaperMerger.TitleKey(title));
}
