using System;
using System.Collections.Generic;
using AiDigest.Generators.Model;
using AiDigest.Generators.Text;
using AiDigest.Generators.Parsing.Headings;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Parsing.Links;
using AiDigest.Generators.Parsing.Roles;

namespace AiDigest.Generators.Parsing.Citations;

/// <summary>
/// Gathers an article's cited papers (metadata blocks, reference entries that cite papers, papers named in running
/// text, arXiv links and ids in running text) and merges mentions of the same paper: same arXiv id, or same
/// normalised title.
/// </summary>
internal sealed class CitationCollector
{
    private readonly PaperMerger _merger = new();

    public IReadOnlyList<PaperModel> Papers => _merger.Papers;

    /// <summary>One metadata block; it cites a paper when it names a title, a paper link or an arXiv id (a block of code or demo links alone does not).</summary>
    /// <param name="namedBefore">The title of the paper the text just before the block names, when the block's links are that paper's.</param>
    public void AddMetadataBlock(IReadOnlyList<(PaperMetadataLine Metadata, int Line)> lines, string? namedBefore = null)
    {
        string? title = null, paperUrl = null, codeUrl = null, projectUrl = null, demoUrl = null, modelUrl = null, arxivId = null, writtenId = null;
        foreach (var (metadata, _) in lines)
        {
            var url = metadata.Url;
            title ??= metadata.Title;
            writtenId ??= metadata.ArxivId;
            switch (metadata.Field)
            {
                case PaperField.Title:
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
        title ??= namedBefore;
        arxivId ??= writtenId;
        if (title is null && paperUrl is null && arxivId is null) return;
        Add(new PaperModel(title, arxivId, paperUrl, codeUrl, projectUrl, demoUrl, modelUrl, lines[0].Line));
    }

    /// <summary>A reference entry that cites a paper (with an arXiv id, a document-type tag, a title and a year, or a title named as a paper); its title is the paper's.</summary>
    public void AddReference(ReferenceModel reference)
    {
        // An entry that names its work as a paper (见 the paper "…", 论文《…》) cites that paper, by that title.
        var named = RunningTextPapers.Find(reference.Text);
        var title = named.Count == 1 ? named[0] : CitationTitles.TitleOf(reference.Text);
        if (named.Count != 1 && !CitationTitles.CitesPaper(reference.Text, reference.ArxivId, title)) return;
        var paperUrl = reference.Url is not null && (Urls.ArxivIdFromUrl(reference.Url) is not null || Urls.IsPaperUrl(reference.Url)) ? reference.Url : null;
        Add(new PaperModel(title, reference.ArxivId, paperUrl, null, null, null, null, reference.Line));
    }

    /// <summary>A paper named in running text (<c>论文《…》</c>, <c>the paper "…"</c>).</summary>
    public void AddNamedPaper(string title, int line) => Add(new PaperModel(title, null, null, null, null, null, null, line));

    /// <param name="title">The title the sentence gives the linked work, if any.</param>
    public void AddArxivLink(string url, string arxivId, int line, string? title = null) =>
        Add(new PaperModel(title, arxivId, url, null, null, null, null, line));

    /// <param name="title">The title the sentence gives the work, if any.</param>
    public void AddArxivMention(string arxivId, int line, string? title = null) =>
        Add(new PaperModel(title, arxivId, null, null, null, null, null, line));

    private void Add(PaperModel paper) => _merger.Add(paper);
}
