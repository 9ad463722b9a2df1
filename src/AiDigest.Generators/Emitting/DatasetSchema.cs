using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The generated records and how the dataset is stored: each record's fields in order, with what a consumer reads
/// in each and how it is written and read back. To add a field to a record, add it here (and to the model).
/// </summary>
internal static class DatasetSchema
{
    private static readonly ImmutableArray<(string Type, string Name)> NoContext = ImmutableArray<(string Type, string Name)>.Empty;

    /// <summary>What an article's and a section's texts are read from: the embedded archive, or null for the pool.</summary>
    private static readonly ImmutableArray<(string Type, string Name)> SourceContext = ImmutableArray.Create(("Runtime.ArchiveSource?", "source"));

    public static readonly RecordSchema<FigureModel> Figure = new(
        "Figure", "An image placeholder (or a caption standing alone) and its caption.", "{Caption,nq} (line {Line})", NoContext,
        Fields.Int<FigureModel>("Line", "1-based line of the image placeholder (of the caption, when there is no image).", f => f.Line),
        Fields.OptionalString<FigureModel>("Caption", "The caption, when there is one.", f => f.Caption));

    public static readonly RecordSchema<CodeBlockModel> CodeBlock = new(
        "CodeBlock", "A block of code in an article, fenced or not.", "{Language,nq} (lines {Line}-{EndLine})", NoContext,
        Fields.Int<CodeBlockModel>("Line", "1-based first line of the block (its opening fence, when fenced).", c => c.Line),
        Fields.Int<CodeBlockModel>("EndLine", "1-based last line of the block (its closing fence, when fenced).", c => c.EndLine),
        Fields.OptionalString<CodeBlockModel>("Language", "The language a reader would name (<c>python</c>, <c>shell</c>, <c>json</c>…): the fence's tag, else a best guess from the code; null when nothing tells.", c => c.Language));

    public static readonly RecordSchema<LinkModel> Link = new(
        "Link", "An http(s) URL in an article.", "{Kind} {Url,nq}", NoContext,
        Fields.String<LinkModel>("Url", "The URL exactly as written, without surrounding punctuation or markup.", l => l.Url),
        Fields.Enum<LinkModel, LinkKind>("Kind", "What the URL points to.", l => l.Kind),
        Fields.Int<LinkModel>("Line", "1-based line of the URL.", l => l.Line),
        Fields.OptionalString<LinkModel>("Repository", "For a GitHub link, the repository as <c>owner/name</c>.", l => l.Repository),
        Fields.OptionalString<LinkModel>("ArxivId", "For an arXiv link, the identifier without version.", l => l.ArxivId));

    public static readonly RecordSchema<ReferenceModel> Reference = new(
        "Reference", "One entry of a reference list.", "{Marker,nq} {Text,nq}", NoContext,
        Fields.OptionalString<ReferenceModel>("Marker", "The entry's marker (<c>①</c>, <c>[1]</c>); null for a bare URL.", r => r.Marker),
        Fields.String<ReferenceModel>("Text", "The entry without its marker.", r => r.Text),
        Fields.OptionalString<ReferenceModel>("Url", "The first URL of the entry.", r => r.Url),
        Fields.OptionalString<ReferenceModel>("ArxivId", "The arXiv identifier the entry names, without version.", r => r.ArxivId),
        Fields.Int<ReferenceModel>("Line", "1-based line of the entry.", r => r.Line));

    public static readonly RecordSchema<PaperRow> Paper = new(
        "Paper", "A cited paper.", "{Title ?? ArxivId ?? PaperUrl,nq}", NoContext,
        Fields.OptionalString<PaperRow>("Title", "The paper's title, when the archive gives it.", p => p.Paper.Title),
        Fields.OptionalString<PaperRow>("ArxivId", "The arXiv identifier without version (<c>2505.02835</c>).", p => p.Paper.ArxivId),
        Fields.OptionalString<PaperRow>("PaperUrl", "The link to the paper, as written.", p => p.Paper.PaperUrl),
        Fields.OptionalString<PaperRow>("CodeUrl", "The link to the code, as written.", p => p.Paper.CodeUrl),
        Fields.OptionalString<PaperRow>("ProjectUrl", "The project page, as written.", p => p.Paper.ProjectUrl),
        Fields.OptionalString<PaperRow>("DemoUrl", "The demo, as written.", p => p.Paper.DemoUrl),
        Fields.OptionalString<PaperRow>("ModelUrl", "The model weights, as written.", p => p.Paper.ModelUrl),
        Fields.Int<PaperRow>("Line", "1-based line of the citation (in the dataset-wide list, of the first citation).", p => p.Paper.Line),
        // Every citation of a paper shares the dataset paper's list of citing articles (see Storage's Citers).
        Fields.Custom<PaperRow>("Articles", "Every article of the dataset that cites this paper.",
            Fields.ListOf("Article"), "this.citers[this.reader.Int()]", (table, p) => table.Int(p.DatasetIndex)));

    public static readonly RecordSchema<SectionRow> Section = new(
        "Section", "A heading of an article and the text under it.", "{Heading,nq} (line {Line})", SourceContext,
        Fields.String<SectionRow>("Heading", "The heading line as written (numbering kept, bullet removed).", s => s.Section.Heading),
        Fields.Int<SectionRow>("Level", "1 for a top-level heading, 2 for a sub-heading.", s => s.Section.Level),
        Fields.Int<SectionRow>("Line", "1-based line of the heading.", s => s.Section.Line),
        Fields.OptionalInt<SectionRow>("ParentLine", "For a level-2 heading, the line of the level-1 heading it belongs to (walk the outline by it); null for a level-1 heading and a sub-heading before any.", s => s.Section.ParentLine),
        Fields.Text<SectionRow>("Text", "The non-blank lines between this heading and the next one, joined with line feeds (read when first asked for).", s => s.Text));

    public static readonly RecordSchema<BlockRow> Block = new(
        "Block", "A block of an article's body as a reader sees it: a paragraph, a heading, a list item, a code block…; every non-blank body line is in exactly one.", "{Kind} (lines {Line}-{EndLine})", SourceContext,
        Fields.Enum<BlockRow, BlockKind>("Kind", "What the block is (named after Unstructured's element types).", b => b.Block.Kind),
        Fields.Int<BlockRow>("Level", "For a heading (<c>BlockKind.Title</c>), 1 for a top-level heading and 2 for a sub-heading; 0 for any other block.", b => b.Block.Level),
        Fields.Int<BlockRow>("Line", "1-based first line of the block.", b => b.Block.Line),
        Fields.Int<BlockRow>("EndLine", "1-based last line of the block.", b => b.Block.EndLine),
        Fields.OptionalString<BlockRow>("Language", "For a code block, the language a reader would name; null otherwise or when nothing tells.", b => b.Block.Language),
        Fields.String<BlockRow>("Rule", "Which rule decided the block's kind (an id named in the package's archive-format documentation); <c>correction</c> when a corrections file did; empty for none.", b => b.Block.Rule),
        Fields.Text<BlockRow>("Text", "The block's non-blank lines, joined with line feeds (read when first asked for).", b => b.Text));

    public static readonly RecordSchema<ArticleRow> Article = new(
        "Article", "One article of an archive, from its <c>#Title</c> line to its closing <c>....</c> line.", "{Title,nq} (line {Line})",
        ImmutableArray.Create(("Runtime.ArchiveSource?", "source"), ("string", "archiveFileName")),
        Fields.Int<ArticleRow>("Index", "Zero-based position of the article in its archive.", a => a.Article.Index),
        Fields.String<ArticleRow>("Id", "A readable identifier made from the title, unique across the dataset.", a => a.Entry.Id),
        Fields.String<ArticleRow>("Title", "The title, without the leading <c>#</c> and surrounding spaces.", a => a.Article.Title),
        Fields.OptionalString<ArticleRow>("Lede", "The headline or subtitle line right after the title; null when the article opens with something else.", a => a.Article.Lede),
        Fields.Int<ArticleRow>("Line", "1-based line of the title in the archive.", a => a.Article.Line),
        Fields.Int<ArticleRow>("EndLine", "1-based line of the closing separator (the last line when the article is not closed).", a => a.Article.EndLine),
        Fields.FromContext<ArticleRow>("FileName", "The file name of the archive holding the article.", "string", "archiveFileName"),
        Fields.Text<ArticleRow>("Text", "The article's body: every non-blank line after the title, joined with line feeds (read when first asked for).", a => a.Text),
        Fields.Records("Sections", "The sections, in order of their headings.", Section, (ArticleRow a) => a.Sections(), "source"),
        Fields.Records("Papers", "The papers the article cites, each once, with the line of its first citation here.", Paper, (ArticleRow a) => a.Papers()),
        Fields.Records("References", "The entries of the article's reference lists.", Reference, (ArticleRow a) => a.Article.References),
        Fields.Records("Links", "Every http(s) URL in the article, in order.", Link, (ArticleRow a) => a.Article.Links),
        Fields.Records("Figures", "The image placeholders and captions.", Figure, (ArticleRow a) => a.Article.Figures),
        Fields.Strings<ArticleRow>("VideoDurations", "The durations of embedded videos, as written (<c>17:33</c>).", a => a.Article.VideoDurations),
        Fields.Records("CodeBlocks", "The code blocks, in order.", CodeBlock, (ArticleRow a) => a.Article.CodeBlocks),
        Fields.Records("Blocks", "The body as typed blocks, in order: every non-blank line after the title in exactly one; what an article is rendered from.", Block, (ArticleRow a) => a.Blocks(), "source"));

    public static readonly RecordSchema<ArchiveRow> Archive = new(
        "Archive", "One archive file: a scraped page of articles.", "{Name,nq} ({Articles.Count} articles)", NoContext,
        Fields.String<ArchiveRow>("Name", "The archive's identifier: the <c>Name</c> its project gives it, else its file name without extension made a C# identifier (unique in the dataset).", a => a.Archive.Name),
        Fields.String<ArchiveRow>("FileName", "The archive's file name, without its folder.", a => a.Archive.File.FileName),
        Fields.OptionalString<ArchiveRow>("SourceUrl", "The page the archive was scraped from, as named by its header line; null when it has none.", a => a.Archive.Model.SourceUrl),
        Fields.Hidden<ArchiveRow>("Source", options => options.Nullable("Runtime.ArchiveSource"), TextStorage.ReadSource, (table, a) => a.Storage.WriteSource(table)),
        Fields.Records("Articles", "The archive's articles, in file order.", Article, (ArchiveRow a) => a.Articles(), "source, fileName"));

    /// <summary>
    /// The root: not a type, but what <c>DatasetStorage</c>'s decoder reads into its fields, in this order, before it
    /// builds the catalogs from them.
    /// </summary>
    public static readonly RecordSchema<DatasetRow> Storage = new(
        "Dataset", "The dataset as stored.", string.Empty, NoContext,
        Fields.Custom<DatasetRow>("Citers", string.Empty, Fields.ListOf("Article") + "[]",
            "this.reader.Array(() => (" + Fields.ListOf("Article") + ")new Runtime.IndexedList<Article>(ArticleAt, this.reader.Ints()))",
            (table, d) =>
            {
                table.Int(d.Dataset.Papers.Count);
                foreach (var paper in d.Dataset.Papers) table.Ints(paper.CitingArticles);
            }),
        Fields.RecordArray("Papers", Paper, (DatasetRow d) => d.Papers()),
        Fields.RecordArray("Archives", Archive, (DatasetRow d) => d.Archives()),
        Fields.Custom<DatasetRow>("TextLines", string.Empty, "int[][]", "this.reader.Array(() => this.reader.Deltas())", (table, d) =>
        {
            table.Int(d.Index.TextLines.Count);
            foreach (var lines in d.Index.TextLines) table.Deltas(lines);
        }),
        Fields.Custom<DatasetRow>("PapersWithCode", string.Empty, "int[]", "this.reader.Ints()", (table, d) => table.Ints(d.Index.PapersWithCode)),
        Fields.Custom<DatasetRow>("LinksByKind", string.Empty, "int[][]", "this.reader.Array(() => this.reader.Ints())", (table, d) =>
        {
            table.Int(d.Index.LinksByKind.Count);
            foreach (var links in d.Index.LinksByKind) table.Ints(links);
        }));

    /// <summary>A line that matched <c>Digest.Search</c>: a generated type, made by the search rather than stored.</summary>
    public static readonly RecordSchema<object> SearchHit = new(
        "SearchHit", "A line that matched a search.", "{Field} line {Line}: {Text,nq}", NoContext,
        Fields.Constructed<object>("Article", "The article the line belongs to.", _ => "Article"),
        Fields.Constructed<object>("Section", "The section the line is in (the heading's own section for a heading); null for the title, the lede and lines before the first heading.", options => options.Nullable("Section")),
        Fields.Constructed<object>("Line", "1-based archive line of the match.", _ => "int"),
        Fields.Constructed<object>("Field", "What the line is: the title, the lede, a heading or other text.", _ => "SearchField"),
        Fields.Constructed<object>("Text", "The matched line as written (the title without <c>#</c> for a title).", _ => "string"));

    /// <summary>The records stored in the table (every record the root holds, and the records they hold), in the order first reached.</summary>
    public static ImmutableArray<IRecordSchema> Stored { get; } = Reachable(Storage);

    /// <summary>Every generated record type.</summary>
    public static ImmutableArray<IRecordSchema> Types { get; } = Stored.Add(SearchHit);

    private static ImmutableArray<IRecordSchema> Reachable(IRecordSchema root)
    {
        var found = new List<IRecordSchema>();
        var pending = new Queue<IRecordSchema>();
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            foreach (var field in pending.Dequeue().Fields)
            {
                foreach (var child in field.Children)
                {
                    if (found.Contains(child)) continue;
                    found.Add(child);
                    pending.Enqueue(child);
                }
            }
        }
        return found.ToImmutableArray();
    }
}
