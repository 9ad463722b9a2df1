using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// Principle: <b>a heading heads something, and lines of one shape share a role</b>, for questions. In an interview
/// set as questions over answers, each question stands alone on its line, unlabelled, and is followed by an answer
/// wider than itself: when an article has <see cref="MinimumRun"/> or more such questions, they are its headings,
/// though longer than a heading usually is and carrying a comma (<c>合成数据在你们的训练里占多大比例，会不会带来模型坍缩的问题？</c>).
/// Questions asked among headings of another shape are the article's prose (rhetorical questions between its
/// sections), not a run. A question that a speaker asks (<c>主持人：…？</c>, a repeated label) is dialogue, never counted here.
/// </summary>
internal static class QuestionRuns
{
    /// <summary>How many standalone questions over answers make the article's headings.</summary>
    private const int MinimumRun = 3;

    /// <summary>Widest question that can head a section: one or two clauses.</summary>
    private const double MaxQuestionWidth = 48;

    public static void Decide(List<Block> blocks, LineFacts[] facts, bool[] labelled)
    {
        List<int>? questions = null;
        for (var b = 0; b + 1 < blocks.Count; b++)
        {
            if (IsQuestionOverAnswer(blocks, facts, labelled, b)) (questions ??= new List<int>()).Add(b);
        }
        if (questions is null || questions.Count < MinimumRun) return;

        // The questions are the article's headings only when no heading of another shape stands among them.
        for (var b = questions[0] + 1; b < questions[questions.Count - 1]; b++)
        {
            if (blocks[b].Kind is ElementKind.Heading) return;
        }
        foreach (var b in questions)
        {
            var line = facts[blocks[b].First];
            ArticleBodyParser.MakeHeading(blocks[b], line.Trimmed, NumberingStyle.None, HeadingMark.Plain, "heading-question-run");
        }
    }

    private static bool IsQuestionOverAnswer(List<Block> blocks, LineFacts[] facts, bool[] labelled, int b)
    {
        var block = blocks[b];
        if (block.Kind != ElementKind.Paragraph || block.Rule != "paragraph" || block.First != block.Last || labelled[block.First]) return false;
        var line = facts[block.First];
        if (line.End != LineEnd.Question || line.Counter != NumberingStyle.None || line.UrlCount > 0 || TextShapes.IsWiderThan(line.Trimmed, MaxQuestionWidth)) return false;
        var text = line.Trimmed;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (TextShapes.IsSentenceStop(text, i) || TextShapes.IsQuestionMark(text[i]) || TextShapes.IsExclamationMark(text[i])) return false;
        }
        var next = blocks[b + 1];
        if (next.Kind is not ElementKind.Paragraph || labelled[next.First]) return false;
        var answer = facts[next.First];
        return answer.End != LineEnd.Question && answer.Width > line.Width;
    }
}
