using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// The code and formula blocks of an article body: fenced code, code opened by a line of a known shape
/// (<see cref="CodeShapes"/>), runs of lines that show the evidence of code (<see cref="CodeEvidence"/>), LaTeX displays,
/// and formulas flattened onto a line (<see cref="FormulaShapes"/>). Each block records the rule that took it.
/// </summary>
internal sealed partial class ArticleBodyParser
{
    /// <summary>Lines looked ahead to name the language of a run taken by evidence.</summary>
    private const int LanguageWindow = 80;

    /// <summary>A fenced block runs to the closing fence (or the end of the article, when it is never closed).</summary>
    private int TakeFenced(int start, string? language)
    {
        var tagged = language is not null;
        var first = NextNonBlank(start + 1);
        if (language is null && first >= 0 && !CodeShapes.IsFence(_lines[first].Text, out _))
        {
            var second = NextNonBlank(first + 1);
            CodeShapes.StartsCode(_lines[first].Text, second < 0 ? null : _lines[second].Text, out language);
        }
        var last = start;
        for (var i = start + 1; i < _lines.Count; i++)
        {
            if (_lines[i].IsBlank) continue;
            last = i;
            if (CodeShapes.IsFence(_lines[i].Text, out _)) break;
        }
        AddCode(start, last, language, "code-fence", named: tagged);
        return last;
    }

    /// <summary>
    /// Line <paramref name="i"/> opens a formula or a block of code: a flattened formula (one line), code opened by a
    /// line of a known shape, a LaTeX display, or a run of lines whose evidence adds up to code.
    /// </summary>
    private bool TryTakeCodeOrFormula(int i, int next, out int last)
    {
        last = i;
        var text = _lines[i].Text;
        if (FormulaShapes.IsFormula(Trimmed(i)))
        {
            _blocks.Add(new Block(ElementKind.Formula, i, i) { Rule = "formula-line" });
            return true;
        }
        if (CodeShapes.StartsCode(text, next < 0 ? null : _lines[next].Text, out var language))
        {
            last = TakeCode(i, language, language == "latex" ? "formula-latex" : "code-opening");
            return true;
        }
        if (!OpensCodeByEvidence(i, next, out var comment)) return false;
        var guess = comment >= 0 && CodeShapes.StartsCode(_lines[comment].Text, null, out var following) ? following : null;
        last = TakeCode(i, LanguageAhead(i, guess), "code-evidence");
        return true;
    }

    /// <summary>
    /// A run of code by evidence: a line strong enough alone, or a line and the one under it that add up to
    /// <see cref="CodeEvidence.Strong"/>; a comment (<c>-- …</c>, <c># …</c>, <c>// …</c>) right above such code opens it
    /// (<paramref name="comment"/> is then the line the code opens on).
    /// </summary>
    private bool OpensCodeByEvidence(int i, int next, out int comment)
    {
        comment = -1;
        var score = CodeEvidence.Score(_lines[i].Text);
        if (score == 0)
        {
            if (next != i + 1 || !IsCommentLine(Trimmed(i))) return false;
            var after = NextNonBlank(next + 1);
            if (!CodeShapes.StartsCode(_lines[next].Text, after < 0 ? null : _lines[after].Text, out _) && !OpensCodeByEvidence(next, after, out _)) return false;
            comment = next;
            return true;
        }
        if (score >= CodeEvidence.Strong) return true;
        if (next < 0 || next > i + 2) return false;
        var nextScore = CodeEvidence.Score(_lines[next].Text);
        if (score + nextScore < CodeEvidence.Strong) return false;
        return nextScore >= 1 && (score >= 2 || next == i + 1);
    }

    private static bool IsCommentLine(string t) =>
        t.StartsWith("# ", StringComparison.Ordinal) || t.StartsWith("// ", StringComparison.Ordinal) || t.StartsWith("-- ", StringComparison.Ordinal) || t.StartsWith("/* ", StringComparison.Ordinal);

    /// <summary>The language the lines from <paramref name="start"/> to the next prose show together.</summary>
    private string? LanguageAhead(int start, string? guess)
    {
        var window = new List<string>();
        for (var i = start; i < _lines.Count && i < start + LanguageWindow; i++)
        {
            var text = _lines[i].Text;
            if (!_lines[i].IsBlank && CodeShapes.HasProse(Trimmed(i)) && !IsCommentLine(Trimmed(i))) break;
            window.Add(text);
        }
        return CodeEvidence.LanguageOf(window, guess);
    }

    /// <summary>
    /// An unfenced block goes on while its lines read as code and ends where prose resumes; <c>$$ … $$</c> and
    /// <c>\begin{…} … \end{…}</c> end at their closing line, a one-line display on its own line. A line right under the
    /// block (no blank line between) goes on with it unless it is prose: a command's output, a diff's lines; so does a
    /// line that heads an indented run (<c>gemm: gemm.cpp</c> over its recipe). A formula after a blank line ends it.
    /// </summary>
    private int TakeCode(int start, string? language, string rule)
    {
        var opening = Trimmed(start);
        if (FormulaShapes.IsOneLineDisplay(opening))
        {
            AddCode(start, start, language, rule, named: true);
            return start;
        }
        var closing = opening is "$$" or "\\[" ? (opening == "$$" ? "$$" : "\\]")
            : opening.StartsWith("\\begin{", StringComparison.Ordinal) ? "\\end{" + opening.Substring(7) : null;
        var last = start;
        for (var i = start + 1; i < _lines.Count; i++)
        {
            var text = _lines[i].Text;
            if (closing is not null)
            {
                if (_lines[i].IsBlank) continue;
                last = i;
                if (Trimmed(i).StartsWith(closing, StringComparison.Ordinal)) break;
                continue;
            }
            if (_lines[i].IsBlank) continue;
            var trimmed = Trimmed(i);
            var touching = i == last + 1;
            var continues = CodeShapes.ContinuesCode(text, language) || (touching && IsUnderCode(trimmed, language)) || HeadsIndentedRun(i, trimmed);
            if (!continues) break;
            if (!touching && language != "latex" && (FormulaShapes.IsFormula(trimmed) || OpensDisplay(trimmed))) break;

            // After a blank line, a markdown heading (## …) is the article going on, not a comment.
            if (!touching && MarkdownHeading(trimmed) is not null) break;
            last = i;
        }
        AddCode(start, last, language, rule, named: false);
        return last;
    }

    /// <summary><c>$$</c>, <c>\[</c>, <c>egin{…}</c>, <c>$$…$$</c>: a LaTeX display, a block of its own.</summary>
    private static bool OpensDisplay(string trimmed) =>
        trimmed is "$$" or "\\[" || trimmed.StartsWith("\\begin{", StringComparison.Ordinal) || FormulaShapes.IsOneLineDisplay(trimmed);

    /// <summary>A line right under code, not prose: output the terminal printed (in a shell, even words), a diff's line.</summary>
    private static bool IsUnderCode(string trimmed, string? language)
    {
        if (CodeShapes.HasProse(trimmed) || LineShapes.IsImage(trimmed) || trimmed[0] is '\u2022' or '\u25CF' or '\u25AA' or '\u25E6') return false;
        return language is "shell" or "powershell" or "diff" || !CodeShapes.IsEnglishProse(trimmed);
    }

    /// <summary><c>gemm: gemm.cpp</c> over a tab-indented recipe, <c>def f():</c> over its body: a line with no prose right above an indented line.</summary>
    private bool HeadsIndentedRun(int i, string trimmed)
    {
        if (i + 1 >= _lines.Count || _lines[i + 1].IsBlank) return false;
        var below = _lines[i + 1].Text;
        if (!(below[0] == '\t' || below.StartsWith("  ", StringComparison.Ordinal))) return false;
        return !CodeShapes.HasProse(trimmed) && !CodeShapes.IsEnglishProse(trimmed) && !CodeShapes.HasProse(TextShapes.Trim(below)) && !LineShapes.IsBullet(TextShapes.Trim(below));
    }

    /// <summary>
    /// A code block and the language its lines name; <paramref name="named"/> when the language is already certain
    /// (a fence's tag, a LaTeX display), else the lines together may name it more precisely.
    /// </summary>
    private void AddCode(int first, int last, string? language, string rule, bool named)
    {
        var lines = new List<string>(last - first + 1);
        for (var i = first; i <= last; i++) lines.Add(_lines[i].Text);
        if (!named && language != "latex") language = CodeEvidence.LanguageOf(lines, language);
        _blocks.Add(new Block(ElementKind.Code, first, last) { Language = CodeShapes.Refine(language, lines), Rule = rule });
    }
}
