using System.Linq;
using AiDigest.Generators.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Parsing;

/// <summary>The floors the answer-key tests hold: a fall fails, a rise not yet recorded fails, recording ratchets.</summary>
[TestClass]
public sealed class ScoreFloorsTests
{
    [TestMethod]
    public void AScoreAtItsFloorsPasses()
    {
        var score = Score(sectionsFound: 4, sectionsMatched: 3);
        var floors = ScoreFloors.Parse("");
        floors.Record("p.key", score, raiseOnly: false);
        Assert.AreEqual(0, ScoreFloors.Parse(floors.Format()).Check("p.key", score).Count);
    }

    [TestMethod]
    public void AFallAndAnUnrecordedRiseBothFail()
    {
        var floors = ScoreFloors.Parse("");
        floors.Record("p.key", Score(sectionsFound: 4, sectionsMatched: 3), raiseOnly: false);
        var worse = floors.Check("p.key", Score(sectionsFound: 4, sectionsMatched: 2));
        Assert.IsTrue(worse.Any(problem => problem.StartsWith("sections.precision", System.StringComparison.Ordinal) && problem.Contains("fell")), string.Join("; ", worse));
        var better = floors.Check("p.key", Score(sectionsFound: 3, sectionsMatched: 3));
        Assert.IsTrue(better.Any(problem => problem.StartsWith("sections.precision", System.StringComparison.Ordinal) && problem.Contains("rose")), string.Join("; ", better));
        Assert.AreEqual(1, floors.Check("other.key", Score(1, 1)).Count, "a page without floors fails");
    }

    [TestMethod]
    public void RatchetingRaisesAndNeverLowers()
    {
        var floors = ScoreFloors.Parse("p.key\tsections.precision\t0.5\np.key\tdiagnostics\t3\n");
        floors.Record("p.key", Score(sectionsFound: 4, sectionsMatched: 1, diagnostics: 1), raiseOnly: true);
        var text = floors.Format();
        StringAssert.Contains(text, "p.key\tsections.precision\t0.5\n", "a lower score leaves the floor");
        StringAssert.Contains(text, "p.key\tdiagnostics\t1\n", "fewer diagnostics lower the ceiling");
        floors.Record("p.key", Score(sectionsFound: 4, sectionsMatched: 1, diagnostics: 1), raiseOnly: false);
        StringAssert.Contains(floors.Format(), "p.key\tsections.precision\t0.25\n", "write sets the current score");
    }

    private static KeyScore Score(int sectionsFound, int sectionsMatched, int diagnostics = 0)
    {
        var score = new KeyScore("p");
        score.Sections.Add(sectionsFound, sectionsMatched, sectionsMatched);
        for (var i = 0; i < diagnostics; i++) score.Diagnostics.Add("AIDG0010");
        return score;
    }
}
