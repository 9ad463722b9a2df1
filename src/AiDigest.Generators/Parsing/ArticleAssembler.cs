using System;
using System.Collections.Generic;
using System.Text;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Citations;
using AiDigest.Generators.Parsing.Corrections;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing;

/// <summary>Turns an article's recognised blocks into its model: elements, sections, papers, references, links, figures.</summary>
internal sealed class ArticleAssembler
{
    private readonly LineSpan _body;
    private readonly List<Block> _blocks;
    private readonly DiagnosticBag _diagnostics;
    private readonly bool _includeBodyTexts;

    private ArticleAssembler(LineSpan body, List<Block> blocks, DiagnosticBag diagnostics, bool includeBodyTexts)
    {
        _body = body;
        _blocks = blocks;
        _diagnostics = diagnostics;
        _includeBodyTexts = includeBodyTexts;
    }

    /// <param name="titleLine">The <c>#Title</c> line.</param>
    /// <param name="body">Every line after the title up to (not including) the separator.</param>
    /// <param name="separator">The closing <c>....</c> line, or null when the article is not closed.</param>
    /// <param name="corrections">The corrections of the article's lines, applied to the blocks the rules found before anything is made from them.</param>
    public static ArticleModel Assemble(
        int index, string title, SourceLine titleLine, LineSpan body, SourceLine? separator, DiagnosticBag diagnostics,
        bool includeBodyTexts = true, ArticleCorrections? corrections = null)
    {
        var blocks = ArticleBodyParser.Parse(body);
        List<Correction>? paperCorrections = null;
        if (corrections is { Items.Count: > 0 } && body.Count > 0)
        {
            paperCorrections = CorrectionApplier.Apply(corrections.Items, blocks, body, corrections.Path, corrections.Diagnostics);
        }
        var assembler = new ArticleAssembler(body, blocks, diagnostics, includeBodyTexts);

        // The title, one element per block, the separator: the array is filled in place, no list to copy.
        var elements = new ElementModel[blocks.Count + (separator is null ? 1 : 2)];
        elements[0] = new ElementModel(ElementKind.Title, titleLine.Number, titleLine.Number, titleLine.Text);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            elements[b + 1] = new ElementModel(block.Kind, body[block.First].Number, body[block.Last].Number, assembler.RawText(block), block.Rule);
        }
        if (separator is { } closing) elements[elements.Length - 1] = new ElementModel(ElementKind.Separator, closing.Number, closing.Number, closing.Text);

        var lede = LedeOf(blocks, body);
        var endLine = separator?.Number ?? (body.Count > 0 ? body[body.Count - 1].Number : titleLine.Number);
        var references = assembler.References();
        var citations = new CitationCollector();
        var links = assembler.LinksAndCitations(references, citations);
        var papers = paperCorrections is { Count: > 0 } ? CorrectedPapers(citations, paperCorrections, corrections!) : citations.Papers;

        return new ArticleModel(
            index,
            title,
            lede,
            titleLine.Number,
            endLine,
            includeBodyTexts ? assembler.JoinNonBlank(0, body.Count - 1) : string.Empty,
            new EquatableArray<ElementModel>(elements),
            assembler.Sections(),
            papers.ToEquatableArray(),
            references.ToEquatableArray(),
            links.ToEquatableArray(),
            assembler.Figures(),
            assembler.VideoDurations(),
            assembler.CodeBlocks(),
            assembler.ByteRangeOf(0, body.Count - 1),
            assembler.Blocks());
    }

    /// <summary>The papers with the corrections' papers added (<c>paper TITLE</c>) and those first cited on a <c>not-paper</c> line removed.</summary>
    private static IReadOnlyList<PaperModel> CorrectedPapers(CitationCollector citations, List<Correction> corrections, ArticleCorrections file)
    {
        foreach (var correction in corrections)
        {
            if (correction.Kind != CorrectionKind.Paper) continue;
            var known = false;
            foreach (var paper in citations.Papers)
            {
                known |= paper.Title is not null && string.Equals(TextShapes.Trim(paper.Title), correction.Argument, StringComparison.OrdinalIgnoreCase);
            }
            if (known) CorrectionApplier.ReportRedundant(correction, file.Path, file.Diagnostics);
            else citations.AddNamedPaper(correction.Argument!, correction.Line);
        }
        var papers = new List<PaperModel>(citations.Papers);
        foreach (var correction in corrections)
        {
            if (correction.Kind != CorrectionKind.NotPaper) continue;
            if (papers.RemoveAll(p => p.Line == correction.Line) == 0) CorrectionApplier.ReportRedundant(correction, file.Path, file.Diagnostics);
        }
        return papers;
    }

    /// <summary>The body as typed blocks: one per block the rules (and corrections) found, with where its text lies.</summary>
    private EquatableArray<BlockModel> Blocks()
    {
        var models = new BlockModel[_blocks.Count];
        var line = 0;
        var offset = 0;
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            var kind = BlockKinds.Of(block.Kind, block.Rule);
            var level = kind == BlockKind.Title ? Math.Max(1, block.Level) : 0;

            // Where the block's text lies in the article's (non-blank lines joined with line feeds), walked once.
            for (; line < block.First; line++)
            {
                if (!_body[line].IsBlank) offset += _body[line].Text.Length + 1;
            }
            var start = offset;
            for (; line <= block.Last; line++)
            {
                if (!_body[line].IsBlank) offset += _body[line].Text.Length + 1;
            }
            var length = Math.Max(0, offset - 1 - start);
            if (!_includeBodyTexts)
            {
                start = 0;
                length = 0;
            }
            models[b] = new BlockModel(
                kind, level, _body[block.First].Number, _body[block.Last].Number, block.Kind == ElementKind.Code ? block.Language : null,
                block.Rule, start, length, ByteRangeOf(block.First, block.Last));
        }
        return new EquatableArray<BlockModel>(models);
    }

    /// <summary>The lede: the first block, or the first after the article's byline (see <see cref="ArticleBodyParser"/>).</summary>
    private static string? LedeOf(List<Block> blocks, LineSpan body)
    {
        foreach (var block in blocks)
        {
            if (block.Kind == ElementKind.Lede) return TextShapes.Trim(body[block.First].Text);
            if (block.Kind != ElementKind.Paragraph) return null;
        }
        return null;
    }

    private string RawText(Block block)
    {
        if (block.First == block.Last) return _body[block.First].Text;
        var builder = new StringBuilder();
        for (var i = block.First; i <= block.Last; i++)
        {
            if (i > block.First) builder.Append('\n');
            builder.Append(_body[i].Text);
        }
        return builder.ToString();
    }

    private string JoinNonBlank(int first, int last)
    {
        var builder = new StringBuilder();
        for (var i = first; i <= last && i < _body.Count; i++)
        {
            if (_body[i].IsBlank) continue;
            if (builder.Length > 0) builder.Append('\n');
            builder.Append(_body[i].Text);
        }
        return builder.ToString();
    }

    /// <summary>The byte range (in the file's encoding) from the start of body line <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    private ByteRange ByteRangeOf(int first, int last)
    {
        if (first < 0 || last < first || last >= _body.Count) return new ByteRange(_body.Count > 0 ? _body[0].ByteStart : 0, 0);
        return new ByteRange(_body[first].ByteStart, _body[last].ByteEnd - _body[first].ByteStart);
    }

    /// <summary>Where body line <paramref name="line"/> (or the next non-blank one) starts in the article's text.</summary>
    private int TextOffsetOf(int line)
    {
        var offset = 0;
        for (var i = 0; i < line && i < _body.Count; i++)
        {
            if (!_body[i].IsBlank) offset += _body[i].Text.Length + 1;
        }
        return offset;
    }

    /// <summary>Where the text after body line <paramref name="line"/> would start (the end of the text when nothing follows).</summary>
    private int TextOffsetAfter(int line) => TextOffsetOf(line + 1);

    private EquatableArray<SectionModel> Sections()
    {
        var sections = new List<SectionModel>();
        int? parent = null;
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (block.Kind is not (ElementKind.Heading or ElementKind.ReferenceHeading)) continue;
            var next = b + 1;
            while (next < _blocks.Count && _blocks[next].Kind is not (ElementKind.Heading or ElementKind.ReferenceHeading)) next++;
            var first = next == b + 1 ? -1 : _blocks[b + 1].First;
            var last = next == b + 1 ? -1 : _blocks[next - 1].Last;
            var text = first < 0 || !_includeBodyTexts ? string.Empty : JoinNonBlank(first, last);
            var bytes = first < 0 ? new ByteRange(_body[block.Last].ByteEnd, 0) : ByteRangeOf(first, last);
            var textStart = !_includeBodyTexts ? 0 : first < 0 ? TextOffsetAfter(block.Last) : TextOffsetOf(first);
            var level = Math.Max(1, block.Level);
            var line = _body[block.First].Number;
            if (level == 1) parent = line;
            sections.Add(new SectionModel(
                block.HeadingText ?? TextShapes.Trim(_body[block.First].Text), level, line, level == 1 ? null : parent, text, textStart, bytes));
        }
        return sections.ToEquatableArray();
    }

    private List<ReferenceModel> References()
    {
        var references = new List<ReferenceModel>();
        string? previousMarker = null;
        var inList = false;
        foreach (var block in _blocks)
        {
            // A list without a heading starts its numbering again, as one with a heading does.
            if (block.Kind is not (ElementKind.ReferenceHeading or ElementKind.ReferenceEntry))
            {
                inList = false;
                continue;
            }
            if (!inList) previousMarker = null;
            inList = true;
            var line = _body[block.First];
            var trimmed = TextShapes.Trim(line.Text);
            if (block.Kind == ElementKind.ReferenceHeading)
            {
                previousMarker = null;
                var isHeading = ReferenceLists.IsHeading(trimmed, out var inline);
                if (isHeading && inline.Length > 0)
                {
                    references.Add(Reference(null, inline, line.Number));
                }
                continue;
            }
            if (block.Kind != ElementKind.ReferenceEntry) continue;
            var isEntry = ReferenceLists.TryEntry(trimmed, out var marker, out var textStart);
            if (!isEntry && block.Rule != CorrectionApplier.Rule) continue;
            if (!isEntry)
            {
                // An entry a correction names, without a marker: the whole line is its text.
                marker = null;
                textStart = 0;
            }
            var entryText = trimmed.Substring(textStart);
            for (var i = block.First + 1; i <= block.Last; i++)
            {
                if (!_body[i].IsBlank) entryText += " " + TextShapes.Trim(_body[i].Text);
            }
            references.Add(Reference(marker, entryText, line.Number));
            if (marker is null || LineShapes.MarkerNumber(marker) < 0) continue;
            if (previousMarker is not null && LineShapes.MarkerNumber(marker) != LineShapes.MarkerNumber(previousMarker) + 1)
            {
                _diagnostics.Report(DiagnosticIds.ReferenceNumbering, line.Number, TextShapes.LeadingSpaces(line.Text) + 1, marker.Length, marker, previousMarker);
            }
            previousMarker = marker;
        }
        return references;
    }

    private static ReferenceModel Reference(string? marker, string text, int line)
    {
        var urls = LinkScanner.FindUrls(text);
        var url = urls.Count > 0 ? urls[0].Url : null;
        string? arxivId = null;
        foreach (var found in urls)
        {
            arxivId ??= Urls.ArxivIdFromUrl(found.Url);
        }
        foreach (var mention in ArxivMentions.FindMentions(text))
        {
            arxivId ??= mention.Id;
        }
        return new ReferenceModel(marker, TextShapes.Trim(text), url, arxivId, line);
    }

    /// <summary>Every URL of the article, in order; papers are collected on the way so each citation keeps its line.</summary>
    private List<LinkModel> LinksAndCitations(List<ReferenceModel> references, CitationCollector citations)
    {
        var links = new List<LinkModel>();
        var referenceIndex = 0;
        List<string>? namedBefore = null;
        var namedInArticle = new List<string>();
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            List<(PaperMetadataLine Metadata, int Line)>? metadataLines = null;
            List<string>? namedHere = null;
            var runningText = block.Kind is ElementKind.Paragraph or ElementKind.Lede or ElementKind.NumberedItem or ElementKind.BulletItem
                or ElementKind.Caption or ElementKind.Table or ElementKind.Heading;
            for (var i = block.First; i <= block.Last; i++)
            {
                var line = _body[i];
                if (line.IsBlank) continue;
                if (runningText)
                {
                    foreach (var title in RunningTextPapers.Find(line.Text))
                    {
                        citations.AddNamedPaper(title, line.Number);
                        (namedHere ??= new List<string>()).Add(title);
                        namedInArticle.Add(title);
                    }
                }
                PaperMetadataLine metadata = default;
                var isMetadata = block.Kind == ElementKind.PaperMetadata && PaperMetadataLine.TryParse(line.Text, out metadata);
                if (block.Kind == ElementKind.PaperMetadata && !isMetadata && i == block.First && block.Rule == MetadataBlocks.TitleLineRule)
                {
                    // A block's first line that is no key: its unlabelled title (MetadataBlocks.TitleLineAbove).
                    metadata = PaperMetadataLine.UnlabelledTitle(line.Text);
                    isMetadata = true;
                }
                if (isMetadata)
                {
                    (metadataLines ??= new List<(PaperMetadataLine Metadata, int Line)>()).Add((metadata, line.Number));
                    if (metadata.Field != PaperField.Title && !metadata.GivesValue && !metadata.StatesAbsence)
                    {
                        _diagnostics.Report(
                            DiagnosticIds.MetadataValueNotUrl, line.Number, metadata.ValueColumn + 1, metadata.Value.Length,
                            metadata.Key, metadata.Value.Length == 0 ? "nothing" : metadata.Value);
                    }
                }

                foreach (var found in LinkScanner.FindUrls(line.Text))
                {
                    var kind = LinkScanner.Classify(found.Url);
                    if (isMetadata && metadata.Field == PaperField.Project && kind == LinkKind.Other) kind = LinkKind.ProjectPage;
                    var arxivId = Urls.ArxivIdFromUrl(found.Url);
                    links.Add(new LinkModel(found.Url, kind, line.Number, found.Column + 1, Urls.GitHubRepository(found.Url), arxivId));
                    if (arxivId is null && Urls.ArxivPaperPath(found.Url) is { } written)
                    {
                        _diagnostics.Report(DiagnosticIds.InvalidArxivId, line.Number, found.Column + 1, found.Url.Length, written);
                    }
                    if (Urls.IsGitHubLinkWithoutRepository(found.Url))
                    {
                        _diagnostics.Report(DiagnosticIds.GitHubLinkWithoutRepository, line.Number, found.Column + 1, found.Url.Length, found.Url);
                    }
                    if (arxivId is not null && runningText)
                    {
                        citations.AddArxivLink(found.Url, arxivId, line.Number, RunningTextPapers.NamedInSentence(line.Text, found.Column));
                    }
                }

                var mentions = block.Kind == ElementKind.Code ? null : ArxivMentions.FindMentions(line.Text);
                if (block.Kind is ElementKind.ReferenceEntry or ElementKind.ReferenceHeading)
                {
                    while (referenceIndex < references.Count && references[referenceIndex].Line < line.Number) referenceIndex++;
                    if (referenceIndex < references.Count && references[referenceIndex].Line == line.Number)
                    {
                        citations.AddReference(references[referenceIndex]);
                    }
                }
                else if (runningText && mentions is not null)
                {
                    foreach (var mention in mentions)
                    {
                        if (mention.Id is not null) citations.AddArxivMention(mention.Id, line.Number, RunningTextPapers.NamedInSentence(line.Text, mention.Column));
                    }
                }
                if (mentions is not null)
                {
                    foreach (var mention in mentions)
                    {
                        if (mention.Id is null) _diagnostics.Report(DiagnosticIds.InvalidArxivId, line.Number, mention.Column + 1, mention.Length, mention.Written);
                    }
                }
            }
            if (metadataLines is not null)
            {
                citations.AddMetadataBlock(
                    metadataLines,
                    NamedInLinks(namedBefore, metadataLines) ?? HeadingNamedPapers.TitleAbove(_blocks, b, _body) ?? SoleNamedPaper.TitleFor(namedInArticle, metadataLines, SoleNamedPaper.CountBlocks(_blocks)));
                ReportTitleWithoutLink(metadataLines);
            }
            namedBefore = namedHere;
        }
        return links;
    }

    /// <summary>
    /// The paper the paragraph before a metadata block names, when the block gives an arXiv paper link, or when its
    /// links show the paper's name (<c>论文“DiffuCoder: …”</c> over <c>github.com/apple/ml-diffucoder</c>): the block
    /// gives that paper's links.
    /// </summary>
    private static string? NamedInLinks(List<string>? named, List<(PaperMetadataLine Metadata, int Line)> block)
    {
        if (named is not { Count: 1 }) return null;
        foreach (var (metadata, _) in block)
        {
            if (metadata.Url is null) continue;

            // A paper link right under the sentence that names one paper is that paper's; other links must show its name.
            if (metadata.Field == PaperField.Paper && Urls.ArxivIdFromUrl(metadata.Url) is not null) return named[0];
            if (RunningTextPapers.NameShowsIn(named[0], metadata.Url)) return named[0];
        }
        return null;
    }

    /// <summary>A block that names a paper but gives no link at all (a block of links without a title is normal).</summary>
    private void ReportTitleWithoutLink(List<(PaperMetadataLine Metadata, int Line)> block)
    {
        (PaperMetadataLine Metadata, int Line)? title = null;
        foreach (var entry in block)
        {
            if (entry.Metadata.Url is not null) return;
            if (entry.Metadata.Field == PaperField.Title && entry.Metadata.Value.Length > 0) title ??= entry;
        }
        if (title is { } named)
        {
            _diagnostics.Report(DiagnosticIds.PaperTitleWithoutLink, named.Line, named.Metadata.ValueColumn + 1, named.Metadata.Value.Length, named.Metadata.Value);
        }
    }

    /// <summary>Each image with the caption right after it; a caption with no image before it takes the image that follows it, or stands alone; a video's caption is no figure.</summary>
    private EquatableArray<FigureModel> Figures()
    {
        var figures = new List<FigureModel>();
        var captionUsed = new bool[_blocks.Count];
        var imageCaption = new Dictionary<int, string>();
        for (var b = 0; b < _blocks.Count; b++)
        {
            // A video's caption describes the video: it is no figure.
            if (_blocks[b].Kind == ElementKind.Video && b + 1 < _blocks.Count && _blocks[b + 1].Kind == ElementKind.Caption) captionUsed[b + 1] = true;
            if (_blocks[b].Kind != ElementKind.Image || b + 1 >= _blocks.Count || _blocks[b + 1].Kind != ElementKind.Caption) continue;
            imageCaption[b] = CaptionText(_blocks[b + 1]);
            captionUsed[b + 1] = true;
        }
        for (var b = 0; b + 1 < _blocks.Count; b++)
        {
            if (_blocks[b].Kind != ElementKind.Caption || captionUsed[b] || _blocks[b + 1].Kind != ElementKind.Image || imageCaption.ContainsKey(b + 1)) continue;
            imageCaption[b + 1] = CaptionText(_blocks[b]);
            captionUsed[b] = true;
        }
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (block.Kind == ElementKind.Image)
            {
                figures.Add(new FigureModel(_body[block.First].Number, imageCaption.TryGetValue(b, out var caption) ? caption : null));
            }
            else if (block.Kind == ElementKind.Caption && !captionUsed[b])
            {
                figures.Add(new FigureModel(_body[block.First].Number, CaptionText(block)));
            }
        }
        return figures.ToEquatableArray();
    }

    private string CaptionText(Block block) => TextShapes.Trim(_body[block.First].Text);

    private EquatableArray<CodeBlockModel> CodeBlocks()
    {
        var blocks = new List<CodeBlockModel>();
        foreach (var block in _blocks)
        {
            if (block.Kind == ElementKind.Code) blocks.Add(new CodeBlockModel(_body[block.First].Number, _body[block.Last].Number, block.Language));
        }
        return blocks.ToEquatableArray();
    }

    private EquatableArray<string> VideoDurations()
    {
        var durations = new List<string>();
        foreach (var block in _blocks)
        {
            if (block.Kind == ElementKind.Video && LineShapes.TryVideo(TextShapes.Trim(_body[block.First].Text), out var duration))
            {
                durations.Add(duration);
            }
        }
        return durations.ToEquatableArray();
    }
}
