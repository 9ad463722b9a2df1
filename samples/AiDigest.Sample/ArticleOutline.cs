using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;

namespace AiDigest.Sample;

/// <summary>
/// The <c>show</c> command: an article's outline as a tree. Each part of the article is one branch written by its
/// own method (sections, papers, references, figures, videos), so a part the model gains (code blocks, say) is one
/// more method and one more line in <see cref="Write"/>.
/// </summary>
internal static class ArticleOutline
{
    public static void Write(IAnsiConsole console, Article article)
    {
        var tree = new Tree(new Markup("[bold]" + Markup.Escape(article.Title) + "[/] " + Markup.Escape($"({article.Id}, {article.FileName} lines {article.Line}-{article.EndLine})")));
        if (article.Lede is not null) tree.AddNode(Plain("Lede: " + article.Lede));
        AddSections(tree, article);
        AddPapers(tree, article);
        AddReferences(tree, article);
        AddFigures(tree, article);
        AddVideos(tree, article);
        console.Write(tree);
    }

    /// <summary>Sections nested by level: a level-2 heading under the level-1 heading before it.</summary>
    private static void AddSections(Tree tree, Article article)
    {
        var branch = tree.AddNode(Heading("Sections", article.Sections.Count));
        TreeNode? parent = null;
        foreach (var section in article.Sections)
        {
            var label = Plain($"{section.Heading}  (level {section.Level}, line {section.Line})");
            if (section.Level > 1 && parent is not null) parent.AddNode(label);
            else parent = branch.AddNode(label);
        }
    }

    private static void AddPapers(Tree tree, Article article)
    {
        var branch = tree.AddNode(Heading("Papers", article.Papers.Count));
        foreach (var paper in article.Papers)
        {
            var node = branch.AddNode(Plain($"{PaperList.Name(paper)}  (line {paper.Line})"));
            foreach (var (label, url) in Links(paper)) node.AddNode(Plain(label + ": " + url));
        }
    }

    private static IEnumerable<(string Label, string Url)> Links(Paper paper)
    {
        if (paper.ArxivId is not null) yield return ("arXiv", paper.ArxivId);
        if (paper.PaperUrl is not null) yield return ("paper", paper.PaperUrl);
        if (paper.CodeUrl is not null) yield return ("code", paper.CodeUrl);
        if (paper.ProjectUrl is not null) yield return ("project", paper.ProjectUrl);
        if (paper.DemoUrl is not null) yield return ("demo", paper.DemoUrl);
        if (paper.ModelUrl is not null) yield return ("model", paper.ModelUrl);
    }

    private static void AddReferences(Tree tree, Article article)
    {
        var branch = tree.AddNode(Heading("References", article.References.Count));
        foreach (var reference in article.References)
        {
            var text = (reference.Marker is null ? string.Empty : reference.Marker + " ") + reference.Text;
            var node = branch.AddNode(Plain($"{text}  (line {reference.Line})"));
            if (reference.Url is not null && !reference.Text.Contains(reference.Url, System.StringComparison.Ordinal)) node.AddNode(Plain(reference.Url));
        }
    }

    private static void AddFigures(Tree tree, Article article)
    {
        var branch = tree.AddNode(Heading("Figures", article.Figures.Count));
        foreach (var figure in article.Figures)
        {
            branch.AddNode(Plain($"line {figure.Line}" + (figure.Caption is null ? string.Empty : ": " + figure.Caption)));
        }
    }

    private static void AddVideos(Tree tree, Article article)
    {
        if (article.VideoDurations.Count == 0) return;
        tree.AddNode(Plain("Videos: " + string.Join(", ", article.VideoDurations)));
    }

    private static Markup Heading(string name, int count) =>
        new("[bold]" + name + "[/] (" + count.ToString(CultureInfo.InvariantCulture) + ")");

    /// <summary>Dataset text as a tree label: never read as markup.</summary>
    private static Text Plain(string text) => new(text);
}
