using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The one hard limit on what the generated dataset can hold: the assembly's string heap. Every string literal goes
/// there, and the compiler refuses one that starts past its 16 MB (CS8103, at emit time: the build fails). The
/// dataset's literals (the table, the string pool and the lookup constants) get <see cref="MaxCharacters"/> of it; a
/// dataset that needs more (a title, a lede or a URL of megabytes, repeated) has its short texts cut: titles, ledes,
/// headings, paper fields, references, captions and URLs longer than the largest of <see cref="Caps"/> that fits are
/// cut to it, each reported at its line (AIDG0107). Body texts are not cut here: <see cref="TextStorage"/> limits
/// those, and embedded archives keep them in the file. Texts of ordinary length are never cut: a dataset too large
/// even so (records of many hundreds of pages) is emitted as it is.
/// </summary>
internal static class LiteralBudget
{
    /// <summary>Characters of literals the dataset may use: 14 MB of the 16 MB heap, the rest left to the project's own code.</summary>
    public const int MaxCharacters = 7_000_000;

    /// <summary>The lengths short texts are cut to, tried in turn until the dataset fits.</summary>
    public static ImmutableArray<int> Caps { get; } = ImmutableArray.Create(100_000, 10_000, 1_000);

    /// <summary>The archives with every short text longer than <paramref name="cap"/> cut to it; each cut reported in <paramref name="diagnostics"/>.</summary>
    public static List<ArchiveModel> Cut(DigestDataset dataset, int cap, List<DatasetDiagnostic> diagnostics)
    {
        var models = new List<ArchiveModel>(dataset.Archives.Count);
        foreach (var archive in dataset.Archives)
        {
            var cutter = new Cutter(archive.File, cap, diagnostics);
            var model = archive.Model;
            var articles = new List<ArticleModel>(model.Articles.Count);
            foreach (var article in model.Articles) articles.Add(cutter.Article(article));
            models.Add(model with
            {
                SourceUrl = cutter.Text(model.SourceUrl, 1, "source URL"),
                Articles = articles.ToEquatableArray(),
            });
        }
        return models;
    }

    private sealed class Cutter(ArchiveFile file, int cap, List<DatasetDiagnostic> diagnostics)
    {
        public ArticleModel Article(ArticleModel a)
        {
            var sections = new List<SectionModel>(a.Sections.Count);
            foreach (var s in a.Sections) sections.Add(s with { Heading = Text(s.Heading, s.Line, "heading")! });
            var papers = new List<PaperModel>(a.Papers.Count);
            foreach (var p in a.Papers)
            {
                papers.Add(p with
                {
                    Title = Text(p.Title, p.Line, "paper title"),
                    PaperUrl = Text(p.PaperUrl, p.Line, "paper link"),
                    CodeUrl = Text(p.CodeUrl, p.Line, "code link"),
                    ProjectUrl = Text(p.ProjectUrl, p.Line, "project link"),
                    DemoUrl = Text(p.DemoUrl, p.Line, "demo link"),
                    ModelUrl = Text(p.ModelUrl, p.Line, "model link"),
                });
            }
            var references = new List<ReferenceModel>(a.References.Count);
            foreach (var r in a.References)
            {
                references.Add(r with { Marker = Text(r.Marker, r.Line, "reference marker"), Text = Text(r.Text, r.Line, "reference")!, Url = Text(r.Url, r.Line, "reference link") });
            }
            var links = new List<LinkModel>(a.Links.Count);
            foreach (var l in a.Links) links.Add(l with { Url = Text(l.Url, l.Line, "link")!, Repository = Text(l.Repository, l.Line, "repository") });
            var figures = new List<FigureModel>(a.Figures.Count);
            foreach (var f in a.Figures) figures.Add(f with { Caption = Text(f.Caption, f.Line, "caption") });
            var durations = new List<string>(a.VideoDurations.Count);
            foreach (var d in a.VideoDurations) durations.Add(Text(d, a.Line, "video duration")!);
            return a with
            {
                Title = Text(a.Title, a.Line, "title")!,
                Lede = Text(a.Lede, LedeLine(a), "lede"),
                Sections = sections.ToEquatableArray(),
                Papers = papers.ToEquatableArray(),
                References = references.ToEquatableArray(),
                Links = links.ToEquatableArray(),
                Figures = figures.ToEquatableArray(),
                VideoDurations = durations.ToEquatableArray(),
            };
        }

        private static int LedeLine(ArticleModel article)
        {
            foreach (var element in article.Elements)
            {
                if (element.Kind == ElementKind.Lede) return element.Line;
            }
            return article.Line;
        }

        /// <summary>The text cut to the cap (an ellipsis in its last place, a surrogate pair never split), reported at its line; as it is when it fits.</summary>
        /// <param name="line">The text's line.</param>
        public string? Text(string? text, int line, string what)
        {
            if (text is null || text.Length <= cap) return text;
            var length = cap - 1;
            if (length > 0 && char.IsHighSurrogate(text[length - 1])) length--;
            diagnostics.Add(new DatasetDiagnostic(file.Path, new ArchiveDiagnostic(
                DiagnosticIds.TextTooLongToCompile,
                new TextRange(0, 0, line - 1, 0, line - 1, 0),
                new[]
                {
                    what, text.Length.ToString("N0", CultureInfo.InvariantCulture), cap.ToString("N0", CultureInfo.InvariantCulture),
                }.ToEquatableArray())));
            return text.Substring(0, length) + "…";
        }
    }
}
