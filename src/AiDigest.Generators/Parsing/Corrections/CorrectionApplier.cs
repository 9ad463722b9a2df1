using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Roles;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Corrections;

/// <summary>
/// Applies one article's corrections to the blocks the rules found, before the article's model is made from them,
/// so its outline, parents, papers, references, figures, ids and diagnostics all follow the corrections. Reports a
/// stale quote (AIDG0301), a contradiction (AIDG0304) and a correction the rules already agree with (AIDG0305), at
/// the corrections file's line and column.
/// </summary>
internal sealed class CorrectionApplier
{
    /// <summary>The rule id a corrected block carries (<see cref="ElementModel.Rule"/>, <c>Block.Rule</c> in generated code).</summary>
    public const string Rule = "correction";

    private readonly List<Block> _blocks;
    private readonly LineSpan _body;
    private readonly string _path;
    private readonly List<ArchiveDiagnostic> _diagnostics;

    private CorrectionApplier(List<Block> blocks, LineSpan body, string path, List<ArchiveDiagnostic> diagnostics)
    {
        _blocks = blocks;
        _body = body;
        _path = path;
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Applies <paramref name="corrections"/> (each inside <paramref name="body"/>) to <paramref name="blocks"/> in
    /// place; returns the paper corrections that passed their checks, for the assembler to apply to the papers.
    /// </summary>
    public static List<Correction> Apply(
        IReadOnlyList<Correction> corrections, List<Block> blocks, LineSpan body, string path, List<ArchiveDiagnostic> diagnostics)
    {
        var applier = new CorrectionApplier(blocks, body, path, diagnostics);
        var papers = new List<Correction>();
        var accepted = new List<Correction>();
        foreach (var correction in corrections)
        {
            if (!applier.IsCurrent(correction)) continue;
            if (applier.Conflicts(correction, accepted)) continue;
            accepted.Add(correction);
            if (correction.Kind is CorrectionKind.Paper or CorrectionKind.NotPaper) papers.Add(correction);
            else applier.ApplyToBlocks(correction);
        }
        return papers;
    }

    /// <summary>Reports a correction the rules already agree with (AIDG0305).</summary>
    public static void ReportRedundant(Correction correction, string path, List<ArchiveDiagnostic> diagnostics) =>
        diagnostics.Add(new ArchiveDiagnostic(
            DiagnosticIds.RedundantCorrection, correction.KindSpan,
            new[] { correction.Written, correction.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) }.ToEquatableArray(), path));

    private int IndexOf(int lineNumber) => lineNumber - _body[0].Number;

    /// <summary>The quoted text is still on its line (AIDG0301 otherwise).</summary>
    private bool IsCurrent(Correction correction)
    {
        var line = _body[IndexOf(correction.Line)];
        if (line.Text.IndexOf(correction.Quote, StringComparison.Ordinal) >= 0) return true;
        var now = TextShapes.Trim(line.Text);
        if (now.Length > 40) now = now.Substring(0, 40) + "…";
        _diagnostics.Add(new ArchiveDiagnostic(
            DiagnosticIds.StaleCorrection, correction.QuoteSpan,
            new[] { correction.Quote, correction.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), now.Length == 0 ? "nothing" : now }.ToEquatableArray(),
            _path));
        return false;
    }

    /// <summary>A second correction of the same lines: the same one again is redundant, another one contradicts the first (and is not applied).</summary>
    private bool Conflicts(Correction correction, List<Correction> accepted)
    {
        var isPaper = correction.Kind is CorrectionKind.Paper or CorrectionKind.NotPaper;
        foreach (var earlier in accepted)
        {
            if ((earlier.Kind is CorrectionKind.Paper or CorrectionKind.NotPaper) != isPaper) continue;
            if (earlier.Line > correction.EndLine || correction.Line > earlier.EndLine) continue;
            if (isPaper && earlier.Kind == CorrectionKind.Paper && correction.Kind == CorrectionKind.Paper
                && !string.Equals(earlier.Argument, correction.Argument, StringComparison.Ordinal))
            {
                continue; // a line may cite two papers
            }
            if (correction.SaysTheSameAs(earlier) && earlier.Line == correction.Line)
            {
                ReportRedundant(correction, _path, _diagnostics);
                return true;
            }
            _diagnostics.Add(new ArchiveDiagnostic(
                DiagnosticIds.ContradictoryCorrection, correction.KindSpan,
                new[] { correction.Written, earlier.Written }.ToEquatableArray(), _path));
            return true;
        }
        return false;
    }

    private void ApplyToBlocks(Correction correction)
    {
        var first = IndexOf(correction.Line);
        if (correction.Kind == CorrectionKind.Code)
        {
            ApplyCode(correction, first, IndexOf(correction.EndLine));
            return;
        }
        var b = BlockAt(first);
        if (b < 0)
        {
            // A blank line holds no block, and a quote matched it: nothing to correct.
            ReportRedundant(correction, _path, _diagnostics);
            return;
        }
        var block = _blocks[b];
        if (Agrees(block, correction, first))
        {
            ReportRedundant(correction, _path, _diagnostics);
            return;
        }
        block = Isolate(b, first, first);
        block.Rule = Rule;
        switch (correction.Kind)
        {
            case CorrectionKind.Heading:
                block.Kind = ElementKind.Heading;
                block.Level = correction.Level;
                block.Mark = HeadingMark.Plain;
                block.HeadingText = TextShapes.Trim(_body[first].Text);
                return;
            case CorrectionKind.NotHeading:
            case CorrectionKind.Paragraph:
            case CorrectionKind.NoLede:
                SetKind(block, ElementKind.Paragraph);
                return;
            case CorrectionKind.Caption:
                SetKind(block, ElementKind.Caption);
                return;
            case CorrectionKind.ListItem:
                SetKind(block, ElementKind.BulletItem);
                return;
            case CorrectionKind.Lede:
                SetKind(block, ElementKind.Lede);
                return;
            case CorrectionKind.Reference:
                SetKind(block, ElementKind.ReferenceEntry);
                return;
            case CorrectionKind.Figure:
                SetKind(block, ElementKind.Image);
                return;
        }
    }

    private static void SetKind(Block block, ElementKind kind)
    {
        block.Kind = kind;
        block.Level = 0;
        block.HeadingText = null;
        block.Language = null;
    }

    /// <summary>Whether the rules already read the line as the correction says.</summary>
    private static bool Agrees(Block block, Correction correction, int line) => correction.Kind switch
    {
        CorrectionKind.Heading => block.Kind == ElementKind.Heading && block.Level == correction.Level && block.First == line && block.Last == line,
        CorrectionKind.NotHeading => block.Kind is not (ElementKind.Heading or ElementKind.ReferenceHeading),
        CorrectionKind.Paragraph => block.Kind == ElementKind.Paragraph,
        CorrectionKind.Caption => block.Kind == ElementKind.Caption,
        CorrectionKind.ListItem => block.Kind is ElementKind.BulletItem or ElementKind.NumberedItem,
        CorrectionKind.Lede => block.Kind == ElementKind.Lede,
        CorrectionKind.NoLede => block.Kind != ElementKind.Lede,
        CorrectionKind.Reference => block.Kind == ElementKind.ReferenceEntry,
        CorrectionKind.Figure => block.Kind == ElementKind.Image,
        _ => false,
    };

    /// <summary>The lines of the range become one code block; the blocks it cuts keep their parts outside it.</summary>
    private void ApplyCode(Correction correction, int first, int last)
    {
        var language = correction.Argument;
        var firstBlock = BlockAt(first);
        if (firstBlock >= 0 && _blocks[firstBlock] is { Kind: ElementKind.Code } code && code.First == first && LastNonBlank(code.Last) == LastNonBlank(last)
            && (language is null || string.Equals(language, code.Language, StringComparison.Ordinal)))
        {
            ReportRedundant(correction, _path, _diagnostics);
            return;
        }

        // Cut the blocks at both ends of the range, then put one block in place of every block inside it.
        if (firstBlock >= 0) Isolate(firstBlock, first, _blocks[firstBlock].Last);
        var lastBlock = BlockAt(last);
        if (lastBlock < 0) lastBlock = BlockAtOrBefore(last);
        if (lastBlock >= 0 && _blocks[lastBlock].Last > last) Isolate(lastBlock, _blocks[lastBlock].First, last);
        string? ruled = null;
        var insertAt = -1;
        for (var b = _blocks.Count - 1; b >= 0; b--)
        {
            var block = _blocks[b];
            if (block.Last < first || block.First > last) continue;
            if (block.Kind == ElementKind.Code) ruled ??= block.Language;
            _blocks.RemoveAt(b);
            insertAt = b;
        }
        if (insertAt < 0)
        {
            insertAt = 0;
            while (insertAt < _blocks.Count && _blocks[insertAt].First < first) insertAt++;
        }
        var start = FirstNonBlank(first, last);
        var end = LastNonBlank(last);
        if (start > end) return;
        _blocks.Insert(insertAt, new Block(ElementKind.Code, start, end) { Language = language ?? ruled, Rule = Rule });
    }

    /// <summary>The index of the block holding body line <paramref name="line"/>; -1 when it is in none (a blank line between blocks).</summary>
    private int BlockAt(int line)
    {
        for (var b = 0; b < _blocks.Count; b++)
        {
            if (_blocks[b].First <= line && line <= _blocks[b].Last) return b;
        }
        return -1;
    }

    private int BlockAtOrBefore(int line)
    {
        var found = -1;
        for (var b = 0; b < _blocks.Count && _blocks[b].First <= line; b++) found = b;
        return found;
    }

    /// <summary>
    /// Splits block <paramref name="b"/> so that lines <paramref name="first"/> to <paramref name="last"/> are a block
    /// of their own (the parts before and after keep the block's kind); returns that block.
    /// </summary>
    private Block Isolate(int b, int first, int last)
    {
        var block = _blocks[b];
        if (block.First == first && block.Last == last) return block;
        var parts = new List<Block>(3);
        var beforeEnd = LastNonBlank(first - 1);
        if (beforeEnd >= block.First) parts.Add(CopyOf(block, block.First, beforeEnd));
        var middle = CopyOf(block, first, last);
        parts.Add(middle);
        var afterStart = FirstNonBlank(last + 1, block.Last);
        if (afterStart <= block.Last) parts.Add(CopyOf(block, afterStart, block.Last));
        _blocks.RemoveAt(b);
        _blocks.InsertRange(b, parts);
        return middle;
    }

    private static Block CopyOf(Block block, int first, int last) => new(block.Kind, first, last)
    {
        Level = block.Level,
        Numbering = block.Numbering,
        Mark = block.Mark,
        HeadingText = block.HeadingText,
        Language = block.Language,
        Rule = block.Rule,
    };

    private int LastNonBlank(int line)
    {
        while (line >= 0 && _body[line].IsBlank) line--;
        return line;
    }

    private int FirstNonBlank(int line, int limit)
    {
        while (line <= limit && _body[line].IsBlank) line++;
        return line;
    }
}
