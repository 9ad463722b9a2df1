using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Corrections;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing;

/// <summary>
/// Parses one archive: the page header, the articles (<c>#Title</c> … <c>....</c>) and the site footer.
/// Pure and total: any text gives a model, and every problem becomes an <see cref="ArchiveDiagnostic"/>.
/// </summary>
internal static class ArchiveParser
{
    /// <summary>
    /// From this many lines on, articles are assembled in parallel. One page of the blog (about 3,700 lines, 30
    /// articles) is past it: an archive that grows one file per page is parsed one file at a time by the compiler,
    /// so the page's own articles are where a second core can help. Below it the work is too small to share.
    /// </summary>
    private const int ParallelLineThreshold = 1_000;

    /// <summary>One article's lines, found by the sequential pass, assembled later.</summary>
    private sealed record ArticleSegment(
        int Index, string Title, SourceLine TitleLine, LineSpan Body, SourceLine? Separator, List<ElementModel>? PageBreak);

    /// <summary>Parses an archive held as one string, as a file at <paramref name="filePath"/> whose texts are compiled in.</summary>
    public static ArchiveModel Parse(string filePath, string text, CancellationToken cancellationToken = default) =>
        Parse(ArchiveFile.At(filePath), ArchiveLines.Of(text), cancellationToken);

    /// <summary>Parses an archive held as one string with its corrections file.</summary>
    public static ArchiveModel Parse(string filePath, string text, CorrectionsFile? corrections) =>
        Parse(ArchiveFile.At(filePath), ArchiveLines.Of(text), default, -1, corrections);

    /// <summary>Parses an archive already split into lines (the generator splits it as the compiler hands it over).</summary>
    /// <remarks>
    /// Articles and sections get their <c>Text</c> only when the texts are compiled in: when the archive is embedded
    /// as a resource the generated code reads them from its bytes, and building them here would be wasted work.
    /// </remarks>
    /// <param name="maxDegreeOfParallelism">
    /// How many threads may assemble the articles of a large archive: -1 (the default) as many as the thread pool
    /// gives, 1 one thread. The model is the same either way; tests hold it to that.
    /// </param>
    /// <param name="corrections">
    /// The archive's corrections file, if it has one: each correction is applied inside the parse of the article
    /// whose body holds its line, so everything made from the article follows it; its problems are reported at the
    /// corrections file's lines (after the archive's own).
    /// </param>
    public static ArchiveModel Parse(
        ArchiveFile file, ArchiveLines split, CancellationToken cancellationToken = default, int maxDegreeOfParallelism = -1, CorrectionsFile? corrections = null)
    {
        split.Complete();
        if (file.ResourceName is not null && split.HasReplacementCharacter)
        {
            // U+FFFD is what the compiler decodes bytes that are not in the file's encoding to (AIDG0002 says so); the
            // parser's byte ranges then need not match the file's bytes, so the texts are compiled in instead.
            file = file with { ResourceName = null };
        }
        var includeBodyTexts = file.ResourceName is null;
        var lines = split.Lines;
        var diagnostics = new DiagnosticBag(lines);
        var isUtf32ReadAsUtf16 = IsUtf32ReadAsUtf16(file, lines);
        ReportCharacters(file, split, diagnostics, reportInvalid: !isUtf32ReadAsUtf16);

        var prologue = new List<ElementModel>();
        var epilogue = new List<ElementModel>();
        var articles = new List<ArticleModel>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        string? sourceUrl = null;

        var i = 0;
        var prologueLines = new List<SourceLine>();
        while (i < lines.Length && !IsTitleLine(lines[i].Text, atBoundary: true))
        {
            if (!lines[i].IsBlank) prologueLines.Add(lines[i]);
            i++;
        }
        sourceUrl = ReadHeader(prologueLines, prologue, diagnostics);

        // First the boundaries, in order (cheap); then each article's structure, on its own, in parallel for
        // large archives; then the results in file order, so the model is the same either way.
        var segments = new List<ArticleSegment>();
        while (i < lines.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var titleLine = lines[i];
            SourceLine? separator = null;
            var inCode = false;
            var inFence = false;
            var hasText = false;
            var j = i + 1;
            for (; j < lines.Length; j++)
            {
                if ((j & 0x3FF) == 0) cancellationToken.ThrowIfCancellationRequested();
                var line = lines[j];
                if (LineShapes.IsSeparatorLine(line.Text))
                {
                    separator = line;
                    break;
                }
                if (!inCode && !inFence && IsTitleLine(line.Text, atBoundary: false))
                {
                    diagnostics.Report(DiagnosticIds.MissingSeparator, line.Number, 1, line.Text.Length, TitleOf(line.Text));
                    break;
                }
                if (!line.IsBlank)
                {
                    hasText = true;
                    if (CodeShapes.IsFence(line.Text, out _)) inFence = !inFence;
                    else if (!inFence) inCode = (inCode && CodeShapes.ContinuesCode(line.Text, null)) || CodeShapes.StartsCode(line.Text, null, out _);
                }
            }

            // The body is every line between the title and where the loop stopped (the separator, the next title or the end).
            var body = new LineSpan(lines, i + 1, j - (i + 1));
            if (separator is not null) j++;

            var title = TitleOf(titleLine.Text);
            if (title.Length == 0) diagnostics.Report(DiagnosticIds.EmptyTitle, titleLine.Number, 1, titleLine.Text.Length);
            else if (!titles.Add(title)) diagnostics.Report(DiagnosticIds.DuplicateTitle, titleLine.Number, 2, titleLine.Text.Length - 1, title);
            if (!hasText) diagnostics.Report(DiagnosticIds.EmptyArticle, titleLine.Number, 1, titleLine.Text.Length, title);
            if (separator is null && j >= lines.Length)
            {
                diagnostics.Report(DiagnosticIds.UnclosedArticle, titleLine.Number, 1, titleLine.Text.Length, title);
            }

            // After a separator: the next article, or (when none follows) the site footer.
            var between = new List<SourceLine>();
            if (separator is not null)
            {
                while (j < lines.Length && !IsTitleLine(lines[j].Text, atBoundary: true))
                {
                    if (!lines[j].IsBlank) between.Add(lines[j]);
                    j++;
                }
            }
            List<ElementModel>? pageBreak = null;
            if (j < lines.Length && between.Count > 0) pageBreak = PageBreak(between, diagnostics);
            else if (between.Count > 0) ReadFooter(between, epilogue, diagnostics);
            segments.Add(new ArticleSegment(segments.Count, title, titleLine, body, separator, pageBreak));
            i = j;
        }

        var correctionProblems = new List<ArchiveDiagnostic>();
        var articleCorrections = corrections is null ? null : Distribute(corrections, segments, lines.Length, correctionProblems);

        var assembled = new ArticleModel[segments.Count];
        var articleDiagnostics = new DiagnosticBag[segments.Count];
        void AssembleOne(int k)
        {
            var segment = segments[k];
            var bag = new DiagnosticBag(lines);
            var article = ArticleAssembler.Assemble(
                segment.Index, segment.Title, segment.TitleLine, segment.Body, segment.Separator, bag, includeBodyTexts, articleCorrections?[k]);
            if (segment.PageBreak is not null) article = article with { Elements = Concat(article.Elements, segment.PageBreak) };
            assembled[k] = article;
            articleDiagnostics[k] = bag;
        }
        if (lines.Length >= ParallelLineThreshold && segments.Count > 1 && maxDegreeOfParallelism != 1)
        {
            Parallel.For(0, segments.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism }, AssembleOne);
        }
        else
        {
            for (var k = 0; k < segments.Count; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AssembleOne(k);
            }
        }
        articles.AddRange(assembled);
        foreach (var bag in articleDiagnostics) diagnostics.AddRange(bag);
        diagnostics.SortByPosition();
        if (articleCorrections is not null)
        {
            foreach (var article in articleCorrections)
            {
                if (article is not null) correctionProblems.AddRange(article.Diagnostics);
            }
            correctionProblems.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        }

        if (articles.Count == 0)
        {
            diagnostics.Report(DiagnosticIds.NoArticles, 1, 1, lines.Length > 0 ? lines[0].Text.Length : 0, file.FileName);
        }
        if (isUtf32ReadAsUtf16)
        {
            diagnostics.ReportFirst(ArchiveDiagnostic.AtStart(
                DiagnosticIds.InvalidCharacters,
                "The archive is UTF-32, which the compiler cannot read: it read it as UTF-16, with a NUL after every character",
                "save it as UTF-8, e.g. 'iconv -f UTF-32 -t UTF-8 page.txt > page.utf8.txt'"));
        }
        if (!file.IsUnicode)
        {
            // The compiler falls back to a legacy code page for bytes that are not UTF-8: the text may be garbled.
            diagnostics.ReportFirst(ArchiveDiagnostic.AtStart(
                DiagnosticIds.InvalidCharacters,
                "The archive is not UTF-8 and was read as " + (file.EncodingName ?? "an unknown encoding") + ", so its text may be garbled and its texts are compiled in",
                ConversionAdvice));
        }

        return new ArchiveModel(
            file,
            sourceUrl,
            prologue.ToEquatableArray(),
            articles.ToEquatableArray(),
            epilogue.ToEquatableArray(),
            correctionProblems.Count == 0 ? diagnostics.Items.ToEquatableArray() : Concat(diagnostics.Items, correctionProblems),
            split.ByteLength);
    }

    private static EquatableArray<ArchiveDiagnostic> Concat(IReadOnlyList<ArchiveDiagnostic> first, List<ArchiveDiagnostic> second)
    {
        var all = new List<ArchiveDiagnostic>(first);
        all.AddRange(second);
        return all.ToEquatableArray();
    }

    /// <summary>
    /// Reads the corrections file and gives each correction to the article whose body holds its lines; a correction
    /// of a line no body holds (a title, a separator, the header or footer, past the end) is reported (AIDG0302).
    /// </summary>
    private static ArticleCorrections?[] Distribute(CorrectionsFile file, List<ArticleSegment> segments, int lineCount, List<ArchiveDiagnostic> problems)
    {
        var perArticle = new ArticleCorrections?[segments.Count];
        foreach (var correction in CorrectionReader.Read(file, problems))
        {
            var found = -1;
            string? reason = null;
            if (correction.Line > lineCount)
            {
                reason = "the archive has " + lineCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " lines";
            }
            else
            {
                for (var k = 0; k < segments.Count && found < 0; k++)
                {
                    var body = segments[k].Body;
                    if (body.Count == 0 || correction.Line < body[0].Number || correction.Line > body[body.Count - 1].Number) continue;
                    if (correction.EndLine > body[body.Count - 1].Number) reason = "the range runs past the end of the article '" + segments[k].Title + "'";
                    else found = k;
                }
                reason ??= "the line is in no article's body (a title, a closing '....', the page's header or footer)";
            }
            if (found < 0)
            {
                problems.Add(new ArchiveDiagnostic(
                    DiagnosticIds.CorrectionOutOfRange, correction.LineSpan, new[] { correction.Written, reason }.ToEquatableArray(), file.Path));
                continue;
            }
            (perArticle[found] ??= new ArticleCorrections(file.Path)).Items.Add(correction);
        }
        return perArticle;
    }

    /// <summary>
    /// The compiler reads no UTF-32: the little-endian byte-order mark (FF FE 00 00) starts like UTF-16's, so it reads
    /// the file as UTF-16, a NUL after every character, the first one first.
    /// </summary>
    private static bool IsUtf32ReadAsUtf16(ArchiveFile file, SourceLine[] lines) =>
        file.Encoding == ArchiveEncoding.Utf16LittleEndian && lines.Length > 0 && lines[0].Text.StartsWith("\0", StringComparison.Ordinal);

    /// <summary>
    /// AIDG0002 for the first control character or U+FFFD of each line (unless the file as a whole is reported: then
    /// every line has one) and AIDG0015 for each bidi control, as the splitter noted them.
    /// </summary>
    private static void ReportCharacters(ArchiveFile file, ArchiveLines split, DiagnosticBag diagnostics, bool reportInvalid)
    {
        foreach (var invalid in reportInvalid ? split.InvalidCharacters : Array.Empty<ArchiveLines.LocatedCharacter>())
        {
            if (invalid.Character == '\uFFFD')
            {
                diagnostics.Report(DiagnosticIds.InvalidCharacters, invalid.LineNumber, invalid.Column, 1,
                    "The line contains U+FFFD, which stands for bytes that were not valid " + EncodingDescription(file),
                    "if the archive is in a legacy encoding such as GB18030, GBK or Big5, " + ConversionAdvice + "; if the file itself holds U+FFFD, remove it");
            }
            else
            {
                diagnostics.Report(DiagnosticIds.InvalidCharacters, invalid.LineNumber, invalid.Column, 1,
                    "The line contains the control character " + CodePoint(invalid.Character), "remove it");
            }
        }
        foreach (var bidi in split.BidiControls)
        {
            diagnostics.Report(DiagnosticIds.BidiControl, bidi.LineNumber, bidi.Column, 1,
                CodePoint(bidi.Character) + " " + HiddenCharacters.BidiControlName(bidi.Character));
        }
    }

    /// <summary>How to turn a file in a legacy encoding into UTF-8, for AIDG0002.</summary>
    private const string ConversionAdvice =
        "convert the file to UTF-8, e.g. 'iconv -f GB18030 -t UTF-8 page.txt > page.utf8.txt' (name its real encoding after -f: GB18030 reads GBK and GB2312 too, BIG5, WINDOWS-1252), or save it as UTF-8 from an editor";

    private static string EncodingDescription(ArchiveFile file) => file.Encoding switch
    {
        ArchiveEncoding.Utf16LittleEndian or ArchiveEncoding.Utf16BigEndian => "UTF-16",
        ArchiveEncoding.Utf32LittleEndian or ArchiveEncoding.Utf32BigEndian => "UTF-32",
        ArchiveEncoding.NotUnicode => "in " + (file.EncodingName ?? "the file's encoding"),
        _ => "UTF-8",
    };

    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>#Title</c> starts an article. Where an article may begin (the start, or after <c>....</c>) any line
    /// starting with <c>#</c> is a title; inside a body only <c>#</c> directly followed by text is, since
    /// <c># text</c> there is a code comment or markdown, and <c>#include &lt;vector&gt;</c>, <c>#[tokio::main]</c>
    /// and <c>#!/bin/bash</c> are code.
    /// </summary>
    public static bool IsTitleLine(string line, bool atBoundary)
    {
        if (line.Length == 0 || line[0] != '#') return false;
        if (atBoundary) return true;
        return line.Length > 1 && !TextShapes.IsSpace(line[1]) && line[1] is not ('#' or '[' or '!') && !CodeShapes.IsPreprocessorDirective(line);
    }

    public static string TitleOf(string titleLine) => TextShapes.Trim(titleLine.Substring(1));

    private static string? ReadHeader(List<SourceLine> prologueLines, List<ElementModel> prologue, DiagnosticBag diagnostics)
    {
        if (prologueLines.Count == 0) return null;
        var first = prologueLines[0];
        var urls = LinkScanner.FindUrls(first.Text);
        var rest = prologueLines;
        string? sourceUrl = null;
        if (urls.Count > 0)
        {
            sourceUrl = urls[0].Url;
            prologue.Add(new ElementModel(ElementKind.Header, first.Number, first.Number, first.Text));
            rest = prologueLines.GetRange(1, prologueLines.Count - 1);
        }
        if (rest.Count > 0)
        {
            diagnostics.ReportLine(DiagnosticIds.UnrecognisedText, rest[0], Preview(rest[0].Text));
            prologue.AddRange(StrayElements(rest));
        }
        return sourceUrl;
    }

    /// <summary>
    /// The site footer is the short boilerplate after the last article (logo, "join us", "more"). Lines that read
    /// like article content (long prose, images, metadata, URLs) after it are kept as stray text and reported.
    /// </summary>
    private static void ReadFooter(List<SourceLine> lines, List<ElementModel> epilogue, DiagnosticBag diagnostics)
    {
        var footerEnd = 0;
        while (footerEnd < lines.Count && LooksLikeFooter(TextShapes.Trim(lines[footerEnd].Text))) footerEnd++;
        if (footerEnd > 0)
        {
            var first = lines[0];
            var last = lines[footerEnd - 1];
            epilogue.Add(new ElementModel(ElementKind.Footer, first.Number, last.Number, JoinRange(lines, 0, footerEnd - 1)));
        }
        if (footerEnd < lines.Count)
        {
            var rest = lines.GetRange(footerEnd, lines.Count - footerEnd);
            diagnostics.ReportLine(DiagnosticIds.TextAfterFooter, rest[0], Preview(rest[0].Text));
            epilogue.AddRange(StrayElements(rest));
        }
    }

    private static bool LooksLikeFooter(string trimmed) =>
        !TextShapes.IsWiderThan(trimmed, 80) && !LineShapes.IsImage(trimmed) && LinkScanner.FindUrls(trimmed).Count == 0
        && !PaperMetadataLine.TryParse(trimmed, out _);

    /// <summary>
    /// Text between two articles. An archive grown page by page repeats each page's footer and header there:
    /// short footer lines followed by a header line with its URL are page furniture, not a problem. Anything
    /// else is kept as stray text and reported.
    /// </summary>
    private static List<ElementModel> PageBreak(List<SourceLine> between, DiagnosticBag diagnostics)
    {
        var last = between[between.Count - 1];
        var footerLines = between.Count - 1;
        var isPageBreak = LinkScanner.FindUrls(last.Text).Count > 0 && !TextShapes.IsWiderThan(TextShapes.Trim(last.Text), 120);
        for (var i = 0; i < footerLines && isPageBreak; i++)
        {
            isPageBreak = LooksLikeFooter(TextShapes.Trim(between[i].Text));
        }
        if (!isPageBreak)
        {
            diagnostics.ReportLine(DiagnosticIds.UnrecognisedText, between[0], Preview(between[0].Text));
            return StrayElements(between);
        }
        var elements = new List<ElementModel>();
        if (footerLines > 0)
        {
            elements.Add(new ElementModel(ElementKind.Footer, between[0].Number, between[footerLines - 1].Number, JoinRange(between, 0, footerLines - 1)));
        }
        elements.Add(new ElementModel(ElementKind.Header, last.Number, last.Number, last.Text));
        return elements;
    }

    /// <summary>The blank-separated lines keep their own elements, so a stray run rebuilds line by line.</summary>
    private static List<ElementModel> StrayElements(List<SourceLine> lines)
    {
        var elements = new List<ElementModel>(lines.Count);
        foreach (var line in lines)
        {
            elements.Add(new ElementModel(ElementKind.Stray, line.Number, line.Number, line.Text));
        }
        return elements;
    }

    private static string JoinRange(List<SourceLine> lines, int first, int last)
    {
        // Blank lines between footer lines are not in the list; the element keeps the non-blank text in order.
        var builder = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first) builder.Append('\n');
            builder.Append(lines[i].Text);
        }
        return builder.ToString();
    }

    private static EquatableArray<ElementModel> Concat(EquatableArray<ElementModel> first, List<ElementModel> second)
    {
        var all = new List<ElementModel>(first);
        all.AddRange(second);
        return all.ToEquatableArray();
    }

    private static string Preview(string text)
    {
        var trimmed = TextShapes.Trim(text);
        return trimmed.Length <= 40 ? trimmed : trimmed.Substring(0, 40) + "…";
    }
}
