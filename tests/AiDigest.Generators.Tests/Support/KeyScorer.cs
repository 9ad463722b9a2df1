using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Tests.Support;

/// <summary>How often the parser found what the reader found (recall), and how often what it found is right (precision).</summary>
internal sealed class Tally
{
    public int Found { get; private set; }

    public int Expected { get; private set; }

    public int Matched { get; private set; }

    public List<string> Misses { get; } = new();

    public void Add(int found, int expected, int matched)
    {
        Found += found;
        Expected += expected;
        Matched += matched;
    }

    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;
}

/// <summary>How often a value of matched facts agrees with the key.</summary>
internal sealed class Agreement
{
    public int Total { get; private set; }

    public int Agreeing { get; private set; }

    public List<string> Misses { get; } = new();

    public void Add(bool agrees, Func<string> describe)
    {
        Total++;
        if (agrees) Agreeing++;
        else Misses.Add(describe());
    }

    public double Rate => Total == 0 ? 1 : (double)Agreeing / Total;
}

/// <summary>The parser's model of a page scored against a reader's answer key.</summary>
internal sealed class KeyScore
{
    public string Name { get; }

    public KeyScore(string name) => Name = name;

    public Tally Articles { get; } = new();
    public Tally Sections { get; } = new();
    public Agreement Levels { get; } = new();
    public Agreement Parents { get; } = new();
    public Agreement Headings { get; } = new();
    public Tally Papers { get; } = new();
    public Agreement PaperTitles { get; } = new();
    public Agreement ArxivIds { get; } = new();
    public Agreement UrlRoles { get; } = new();
    public Tally References { get; } = new();
    public Agreement ReferenceValues { get; } = new();
    public Tally Ledes { get; } = new();
    public Tally Figures { get; } = new();
    public Tally Videos { get; } = new();
    public Tally Code { get; } = new();
    public Agreement Languages { get; } = new();
    public Tally Links { get; } = new();
    public List<string> Diagnostics { get; } = new();

    public static KeyScore Of(string name, ArchiveModel archive, AnswerKey key)
    {
        var score = new KeyScore(name);
        score.Diagnostics.AddRange(archive.Diagnostics.Select(d => d.Id + " line " + (d.Span.StartLine + 1) + " " + string.Join(", ", d.Arguments)));
        Compare(score.Articles, archive.Articles.Select(a => (a.Line, a.EndLine, a.Title)), key.Articles.Select(a => (a.Line, a.EndLine, a.Title)), "article");
        foreach (var expected in key.Articles)
        {
            var article = archive.Articles.FirstOrDefault(a => a.Line == expected.Line);
            if (article is null) continue;
            var where = "'" + expected.Title + "' ";
            ScoreSections(score, article, expected, where);
            ScorePapers(score, article, expected, where);
            ScoreReferences(score, article, expected, where);

            var lede = article.Elements.Where(e => e.Kind == ElementKind.Lede).Select(e => (int?)e.Line).FirstOrDefault();
            Compare(score.Ledes, lede is { } l ? new[] { l } : Array.Empty<int>(), expected.Lede is { } k ? new[] { k } : Array.Empty<int>(), where + "lede");
            Compare(score.Figures, article.Figures.Select(f => (f.Line, f.Caption)), expected.Figures.Select(f => (f.Line, f.Caption)), where + "figure");
            Compare(score.Videos, VideoLines(article), expected.Videos.Select(v => (v.Line, v.Duration)), where + "video");
            Compare(score.Links, article.Links.Select(x => (x.Line, x.Url)), expected.Links.Select(x => (x.Line, x.Url)), where + "link");

            var blocks = article.CodeBlocks.ToList();
            Compare(score.Code, blocks.Select(c => (c.Line, c.EndLine)), expected.CodeBlocks.Select(c => (c.Line, c.EndLine)), where + "code");
            foreach (var code in expected.CodeBlocks)
            {
                var found = blocks.FirstOrDefault(c => c.Line == code.Line && c.EndLine == code.EndLine);
                if (found is not null) score.Languages.Add(found.Language == code.Language, () => where + "code " + code.Line + ": " + (found.Language ?? "-") + " instead of " + (code.Language ?? "-"));
            }
        }
        return score;
    }

    private static IEnumerable<(int, string)> VideoLines(ArticleModel article)
    {
        var videos = article.Elements.Where(e => e.Kind == ElementKind.Video).ToList();
        return videos.Zip(article.VideoDurations, (e, d) => (e.Line, d));
    }

    private static void ScoreSections(KeyScore score, ArticleModel article, KeyArticle expected, string where)
    {
        Compare(score.Sections, article.Sections.Select(s => s.Line), expected.Sections.Select(s => s.Line), where + "section");
        foreach (var section in expected.Sections)
        {
            var found = article.Sections.FirstOrDefault(s => s.Line == section.Line);
            if (found is null) continue;
            score.Levels.Add(found.Level == section.Level, () => where + "section " + section.Line + " level " + found.Level + " instead of " + section.Level);
            score.Parents.Add(found.ParentLine == section.ParentLine, () => where + "section " + section.Line + " parent " + (found.ParentLine?.ToString(CultureInfo.InvariantCulture) ?? "-") + " instead of " + (section.ParentLine?.ToString(CultureInfo.InvariantCulture) ?? "-"));
            score.Headings.Add(Squeeze(found.Heading) == Squeeze(section.Heading), () => where + "section " + section.Line + " heading '" + found.Heading + "' instead of '" + section.Heading + "'");
        }
    }

    private static void ScorePapers(KeyScore score, ArticleModel article, KeyArticle expected, string where)
    {
        var unmatched = article.Papers.ToList();
        var matched = 0;
        foreach (var paper in expected.Papers)
        {
            var found = unmatched.FirstOrDefault(p => SamePaper(p, paper));
            if (found is null)
            {
                score.Papers.Misses.Add(where + "missed paper " + Describe(paper));
                continue;
            }
            unmatched.Remove(found);
            matched++;
            if (paper.Title is not null) score.PaperTitles.Add(found.Title == paper.Title, () => where + "paper title '" + found.Title + "' instead of '" + paper.Title + "'");
            score.ArxivIds.Add(found.ArxivId == paper.ArxivId, () => where + "paper " + Describe(paper) + " arXiv " + (found.ArxivId ?? "-"));
            Role(score, "paper", found.PaperUrl, paper.PaperUrl, where, paper);
            Role(score, "code", found.CodeUrl, paper.CodeUrl, where, paper);
            Role(score, "project", found.ProjectUrl, paper.ProjectUrl, where, paper);
            Role(score, "demo", found.DemoUrl, paper.DemoUrl, where, paper);
            Role(score, "model", found.ModelUrl, paper.ModelUrl, where, paper);
        }
        foreach (var extra in unmatched) score.Papers.Misses.Add(where + "extra paper '" + (extra.Title ?? extra.ArxivId ?? extra.PaperUrl ?? extra.CodeUrl) + "' line " + extra.Line);
        score.Papers.Add(article.Papers.Count, expected.Papers.Count, matched);
    }

    private static void Role(KeyScore score, string role, string? found, string? expected, string where, KeyPaper paper)
    {
        if (found is null && expected is null) return;
        score.UrlRoles.Add(found == expected, () => where + "paper " + Describe(paper) + " " + role + " " + (found ?? "-") + " instead of " + (expected ?? "-"));
    }

    /// <summary>The same paper: same arXiv id, else same title (letters and digits), else (neither given) the same paper or code link.</summary>
    private static bool SamePaper(PaperModel found, KeyPaper expected)
    {
        if (expected.ArxivId is not null && found.ArxivId is not null) return expected.ArxivId == found.ArxivId;
        if (expected.Title is not null && found.Title is not null) return PaperMerger.TitleKey(expected.Title) == PaperMerger.TitleKey(found.Title);
        if (expected.Title is not null || expected.ArxivId is not null) return false;
        return (expected.PaperUrl is not null && expected.PaperUrl == found.PaperUrl) || (expected.CodeUrl is not null && expected.CodeUrl == found.CodeUrl);
    }

    private static string Describe(KeyPaper paper) => "'" + (paper.Title ?? paper.ArxivId ?? paper.PaperUrl ?? paper.CodeUrl) + "'";

    private static void ScoreReferences(KeyScore score, ArticleModel article, KeyArticle expected, string where)
    {
        Compare(score.References, article.References.Select(r => r.Line), expected.References.Select(r => r.Line), where + "reference");
        foreach (var reference in expected.References)
        {
            var found = article.References.FirstOrDefault(r => r.Line == reference.Line);
            if (found is null) continue;
            score.ReferenceValues.Add(found.Marker == reference.Marker, () => where + "reference " + reference.Line + " marker " + (found.Marker ?? "-"));
            score.ArxivIds.Add(found.ArxivId == reference.ArxivId, () => where + "reference " + reference.Line + " arXiv " + (found.ArxivId ?? "-") + " instead of " + (reference.ArxivId ?? "-"));
            if (reference.Url is not null) score.ReferenceValues.Add(found.Url == reference.Url, () => where + "reference " + reference.Line + " url " + (found.Url ?? "-"));
        }
    }

    private static void Compare<T>(Tally tally, IEnumerable<T> found, IEnumerable<T> expected, string what)
    {
        var foundList = found.ToList();
        var expectedList = expected.ToList();
        var remaining = new List<T>(foundList);
        var matched = 0;
        foreach (var item in expectedList)
        {
            var at = remaining.IndexOf(item);
            if (at >= 0)
            {
                remaining.RemoveAt(at);
                matched++;
            }
            else
            {
                tally.Misses.Add(what + " missed " + item);
            }
        }
        foreach (var extra in remaining) tally.Misses.Add(what + " extra " + extra);
        tally.Add(foundList.Count, expectedList.Count, matched);
    }

    /// <summary>Headings compared without white space (the key writes no-break spaces as spaces).</summary>
    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>
    /// Every scored value by a stable name, each better when higher (the floors file holds one per page and name);
    /// <c>diagnostics</c> is the count of diagnostics, better when lower.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Metrics() => new[]
    {
        Metric("articles.precision", Articles.Precision), Metric("articles.recall", Articles.Recall),
        Metric("sections.precision", Sections.Precision), Metric("sections.recall", Sections.Recall),
        Metric("levels", Levels.Rate), Metric("parents", Parents.Rate), Metric("headings", Headings.Rate),
        Metric("papers.precision", Papers.Precision), Metric("papers.recall", Papers.Recall),
        Metric("paper-titles", PaperTitles.Rate), Metric("url-roles", UrlRoles.Rate), Metric("arxiv-ids", ArxivIds.Rate),
        Metric("references.precision", References.Precision), Metric("references.recall", References.Recall),
        Metric("reference-values", ReferenceValues.Rate),
        Metric("ledes.precision", Ledes.Precision), Metric("ledes.recall", Ledes.Recall),
        Metric("figures.precision", Figures.Precision), Metric("figures.recall", Figures.Recall),
        Metric("videos.precision", Videos.Precision), Metric("videos.recall", Videos.Recall),
        Metric("code.precision", Code.Precision), Metric("code.recall", Code.Recall), Metric("code-languages", Languages.Rate),
        Metric("links.precision", Links.Precision), Metric("links.recall", Links.Recall),
        Metric("diagnostics", Diagnostics.Count),
    };

    private static KeyValuePair<string, double> Metric(string name, double value) => new(name, Math.Round(value, 3));

    /// <summary>One row of the score table and the misses under it.</summary>
    public string Report(bool withMisses)
    {
        var text = new StringBuilder();
        text.AppendLine(Name + ": "
            + PR("sections", Sections) + " " + Rate("levels", Levels) + " " + Rate("parents", Parents) + " " + Rate("headings", Headings) + " | "
            + PR("papers", Papers) + " " + Rate("titles", PaperTitles) + " " + Rate("roles", UrlRoles) + " " + Rate("arXiv", ArxivIds) + " | "
            + PR("references", References) + " " + Rate("values", ReferenceValues) + " | " + PR("ledes", Ledes) + " | "
            + PR("figures", Figures) + " " + PR("videos", Videos) + " | " + PR("code", Code) + " " + Rate("languages", Languages) + " | "
            + PR("links", Links) + " " + PR("articles", Articles) + " | diagnostics " + Diagnostics.Count);
        if (withMisses)
        {
            foreach (var miss in AllMisses()) text.AppendLine("    " + miss);
        }
        return text.ToString();
    }

    public IEnumerable<string> AllMisses() =>
        Articles.Misses.Concat(Sections.Misses).Concat(Levels.Misses).Concat(Parents.Misses).Concat(Headings.Misses)
            .Concat(Papers.Misses).Concat(PaperTitles.Misses).Concat(UrlRoles.Misses).Concat(ArxivIds.Misses)
            .Concat(References.Misses).Concat(ReferenceValues.Misses).Concat(Ledes.Misses).Concat(Figures.Misses).Concat(Videos.Misses)
            .Concat(Code.Misses).Concat(Languages.Misses).Concat(Links.Misses).Concat(Diagnostics.Select(d => "diagnostic " + d));

    private static string PR(string name, Tally tally) =>
        string.Format(CultureInfo.InvariantCulture, "{0} P {1:0.00} R {2:0.00} ({3}/{4})", name, tally.Precision, tally.Recall, tally.Matched, tally.Expected);

    private static string Rate(string name, Agreement agreement) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1:0.00}", name, agreement.Rate);
}
