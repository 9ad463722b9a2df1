using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing;

/// <summary>
/// Gathers an article's cited papers (metadata blocks, reference entries with arXiv ids, arXiv links and ids
/// in running text) and merges mentions of the same paper: same arXiv id, or same normalised title.
/// </summary>
internal sealed class CitationCollector
{
    private readonly PaperMerger _merger = new();

    public IReadOnlyList<PaperModel> Papers => _merger.Papers;

    /// <summary>One metadata block; it cites a paper when it names a title, a paper link or an arXiv id (a block of code or demo links alone does not).</summary>
    public void AddMetadataBlock(IReadOnlyList<(PaperMetadataLine Metadata, int Line)> lines)
    {
        string? title = null, paperUrl = null, codeUrl = null, projectUrl = null, demoUrl = null, modelUrl = null, arxivId = null;
        foreach (var (metadata, _) in lines)
        {
            var url = metadata.Url;
            switch (metadata.Field)
            {
                case PaperField.Title:
                    if (metadata.Value.Length > 0) title ??= metadata.Value;
                    break;
                case PaperField.Paper:
                    paperUrl ??= url;
                    break;
                case PaperField.Code:
                    codeUrl ??= url;
                    break;
                case PaperField.Project:
                    projectUrl ??= url;
                    break;
                case PaperField.Demo:
                    demoUrl ??= url;
                    break;
                case PaperField.Model:
                    modelUrl ??= url;
                    break;
            }
            if (url is not null) arxivId ??= Urls.ArxivIdFromUrl(url);
        }
        if (title is null && paperUrl is null && arxivId is null) return;
        Add(new PaperModel(title, arxivId, paperUrl, codeUrl, projectUrl, demoUrl, modelUrl, lines[0].Line));
    }

    public void AddReference(ReferenceModel reference)
    {
        if (reference.ArxivId is null) return;
        var paperUrl = reference.Url is not null && Urls.ArxivIdFromUrl(reference.Url) is not null ? reference.Url : null;
        Add(new PaperModel(TitleFromCitation(reference.Text), reference.ArxivId, paperUrl, null, null, null, null, reference.Line));
    }

    public void AddArxivLink(string url, string arxivId, int line) =>
        Add(new PaperModel(null, arxivId, url, null, null, null, null, line));

    public void AddArxivMention(string arxivId, int line) =>
        Add(new PaperModel(null, arxivId, null, null, null, null, null, line));

    private void Add(PaperModel paper) => _merger.Add(paper);

    /// <summary>
    /// The title inside a bibliography entry such as
    /// <c>Zhang K, Qi B, Zhou B. Towards building … fusion [J]. arXiv preprint arXiv:2407.08642, 2024.</c>:
    /// the sentence before the document-type tag (<c>[J]</c>, <c>[C]</c>…), after the authors' sentence.
    /// </summary>
    public static string? TitleFromCitation(string text)
    {
        var tag = IndexOfDocumentTypeTag(text);
        if (tag > 0)
        {
            var head = text.Substring(0, tag).TrimEnd();
            var authorsEnd = head.LastIndexOf(". ", StringComparison.Ordinal);
            var title = authorsEnd >= 0 ? head.Substring(authorsEnd + 2) : head;
            title = TextShapes.Trim(title);
            return title.Length > 0 ? title : null;
        }
        var firstStop = text.IndexOf(". ", StringComparison.Ordinal);
        if (firstStop > 0)
        {
            var sentence = TextShapes.Trim(text.Substring(0, firstStop));
            return sentence.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) >= 0 || LinkScanner.FindUrls(sentence).Count > 0 ? null : sentence;
        }
        return null;
    }

    private static int IndexOfDocumentTypeTag(string text)
    {
        for (var i = 0; i + 2 < text.Length; i++)
        {
            if (text[i] == '[' && char.IsUpper(text[i + 1]) && text[i + 2] == ']') return i;
        }
        return -1;
    }
}
