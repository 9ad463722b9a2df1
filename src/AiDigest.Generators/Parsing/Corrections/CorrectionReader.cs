using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Corrections;

/// <summary>
/// Reads a corrections file (format in <c>docs/corrections.md</c>): one correction a line,
/// <c>LINE[-END] "QUOTE" KIND [ARGUMENT]</c>; <c>#</c> starts a comment line; blank lines are ignored. A line that
/// cannot be read is reported (AIDG0303) at its line and column and skipped; nothing here throws.
/// </summary>
internal static class CorrectionReader
{
    /// <summary>The corrections of a file, in file order, and the problems of the lines that could not be read.</summary>
    public static List<Correction> Read(CorrectionsFile file, List<ArchiveDiagnostic> diagnostics)
    {
        var corrections = new List<Correction>();
        var text = file.Text ?? string.Empty;
        var start = 0;
        var lineIndex = 0;
        if (text.Length > 0 && text[0] == '\uFEFF') start = 1;
        while (start <= text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r') end++;
            var line = text.Substring(start, end - start);
            var correction = ReadLine(file.Path, line, start, lineIndex, diagnostics);
            if (correction is not null) corrections.Add(correction);
            if (end >= text.Length) break;
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lineIndex++;
        }
        return corrections;
    }

    /// <summary>A range of the corrections file: <paramref name="column"/> is 0-based in the line starting at <paramref name="lineStart"/>.</summary>
    public static TextRange Range(int lineStart, int lineIndex, int column, int length) =>
        new(lineStart + column, length, lineIndex, column, lineIndex, column + length);

    private static Correction? ReadLine(string path, string line, int lineStart, int lineIndex, List<ArchiveDiagnostic> diagnostics)
    {
        var i = 0;
        while (i < line.Length && TextShapes.IsSpace(line[i])) i++;
        if (i >= line.Length || line[i] == '#') return null;
        var written = TextShapes.Trim(line);
        var whole = Range(lineStart, lineIndex, i, line.Length - i);

        // LINE or LINE-END
        var numberStart = i;
        if (!ReadNumber(line, ref i, out var first))
        {
            Report(diagnostics, path, whole, written, "it does not start with an archive line number");
            return null;
        }
        var last = first;
        if (i < line.Length && line[i] == '-')
        {
            i++;
            if (!ReadNumber(line, ref i, out last) || last < first)
            {
                Report(diagnostics, path, Range(lineStart, lineIndex, numberStart, i - numberStart), written, "the line range is not FIRST-LAST with FIRST <= LAST");
                return null;
            }
        }
        var lineSpan = Range(lineStart, lineIndex, numberStart, i - numberStart);
        while (i < line.Length && TextShapes.IsSpace(line[i])) i++;

        // "QUOTE"
        if (i >= line.Length || line[i] != '"')
        {
            Report(diagnostics, path, Range(lineStart, lineIndex, i, Math.Max(0, line.Length - i)), written, "the line's text is not quoted after its number (\"…\")");
            return null;
        }
        var quoteStart = i + 1;
        var quoteEnd = line.IndexOf('"', quoteStart);
        if (quoteEnd < 0 || quoteEnd == quoteStart)
        {
            Report(diagnostics, path, Range(lineStart, lineIndex, i, line.Length - i), written, "the quoted text is empty or has no closing quote");
            return null;
        }
        var quote = line.Substring(quoteStart, quoteEnd - quoteStart);
        var quoteSpan = Range(lineStart, lineIndex, quoteStart, quote.Length);
        i = quoteEnd + 1;
        while (i < line.Length && TextShapes.IsSpace(line[i])) i++;

        // KIND [ARGUMENT]
        var kindStart = i;
        while (i < line.Length && !TextShapes.IsSpace(line[i])) i++;
        var kindWord = line.Substring(kindStart, i - kindStart);
        var argument = TextShapes.Trim(line.Substring(i));
        if (argument.Length >= 2 && argument[0] == '"' && argument[argument.Length - 1] == '"') argument = argument.Substring(1, argument.Length - 2);
        var kindSpan = Range(lineStart, lineIndex, kindStart, TextShapes.Trim(line.Substring(kindStart)).Length);
        if (!TryKind(kindWord, out var kind))
        {
            Report(diagnostics, path, kindStart < line.Length ? Range(lineStart, lineIndex, kindStart, kindWord.Length) : kindSpan, written,
                kindWord.Length == 0 ? "it says no kind" : "'" + kindWord + "' is no kind of correction");
            return null;
        }
        var level = 0;
        if (kind == CorrectionKind.Heading)
        {
            if (argument is not ("1" or "2"))
            {
                Report(diagnostics, path, kindSpan, written, "a heading's level must be 1 or 2");
                return null;
            }
            level = argument[0] - '0';
            argument = string.Empty;
        }
        else if (kind == CorrectionKind.Paper && argument.Length == 0)
        {
            Report(diagnostics, path, kindSpan, written, "'paper' needs the paper's title");
            return null;
        }
        else if (kind is not (CorrectionKind.Code or CorrectionKind.Paper) && argument.Length > 0)
        {
            Report(diagnostics, path, kindSpan, written, "'" + kindWord + "' takes no argument");
            return null;
        }
        if (last != first && kind != CorrectionKind.Code)
        {
            Report(diagnostics, path, lineSpan, written, "only 'code' takes a line range");
            return null;
        }
        return new Correction(first, last, quote, kind, level, argument.Length == 0 ? null : argument, written, lineSpan, quoteSpan, kindSpan);
    }

    private static bool ReadNumber(string line, ref int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < line.Length && line[i] >= '0' && line[i] <= '9' && i - start < 9)
        {
            value = (value * 10) + (line[i] - '0');
            i++;
        }
        return i > start && value > 0;
    }

    /// <summary>The kinds a correction may name, as written in the file.</summary>
    public static bool TryKind(string word, out CorrectionKind kind)
    {
        switch (word)
        {
            case "heading": kind = CorrectionKind.Heading; return true;
            case "not-heading": kind = CorrectionKind.NotHeading; return true;
            case "paragraph": kind = CorrectionKind.Paragraph; return true;
            case "caption": kind = CorrectionKind.Caption; return true;
            case "list-item": kind = CorrectionKind.ListItem; return true;
            case "code": kind = CorrectionKind.Code; return true;
            case "lede": kind = CorrectionKind.Lede; return true;
            case "no-lede": kind = CorrectionKind.NoLede; return true;
            case "paper": kind = CorrectionKind.Paper; return true;
            case "not-paper": kind = CorrectionKind.NotPaper; return true;
            case "reference": kind = CorrectionKind.Reference; return true;
            case "figure": kind = CorrectionKind.Figure; return true;
            default: kind = default; return false;
        }
    }

    private static void Report(List<ArchiveDiagnostic> diagnostics, string path, TextRange range, string written, string reason) =>
        diagnostics.Add(new ArchiveDiagnostic(DiagnosticIds.UnknownCorrection, range, new[] { written, reason }.ToEquatableArray(), path));
}
