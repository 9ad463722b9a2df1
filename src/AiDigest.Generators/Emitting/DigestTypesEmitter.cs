using System.Collections.Generic;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// Emits the dataset's types (<c>Archive</c>, <c>Article</c>, <c>Section</c>, <c>Paper</c>, <c>Reference</c>,
/// <c>Link</c>, <c>Figure</c>, <c>LinkKind</c>, <c>SearchHit</c>, <c>SearchField</c>, the catalogs) and the entry class's public surface. They depend only on the
/// options, never on archive content, so editing an archive leaves this output cached.
/// </summary>
internal static class DigestTypesEmitter
{
    public const string HintName = "AiDigest.Types.g.cs";

    /// <param name="IsLazy">Text read only when first asked for (see <c>LazyText</c>): the article and section bodies.</param>
    private sealed record Property(string Name, string Type, bool IsNullable, string Doc, bool IsLazy = false);

    private sealed record TypeShape(string Name, string Doc, string DebuggerDisplay, IReadOnlyList<Property> Properties);

    private static string ListOf(string type) => "global::System.Collections.Generic.IReadOnlyList<" + type + ">";

    private static readonly TypeShape[] Types =
    {
        new("Archive", "One archive file: a scraped page of articles.", "{Name,nq} ({Articles.Count} articles)", new Property[]
        {
            new("Name", "string", false, "The archive's identifier: the <c>Name</c> its project gives it, else its file name without extension made a C# identifier (unique in the dataset)."),
            new("FileName", "string", false, "The archive's file name, without its folder."),
            new("SourceUrl", "string", true, "The page the archive was scraped from, as named by its header line; null when it has none."),
            new("Articles", ListOf("Article"), false, "The archive's articles, in file order."),
        }),
        new("Article", "One article of an archive, from its <c>#Title</c> line to its closing <c>....</c> line.", "{Title,nq} (line {Line})", new Property[]
        {
            new("Index", "int", false, "Zero-based position of the article in its archive."),
            new("Id", "string", false, "A readable identifier made from the title, unique across the dataset."),
            new("Title", "string", false, "The title, without the leading <c>#</c> and surrounding spaces."),
            new("Lede", "string", true, "The headline or subtitle line right after the title; null when the article opens with something else."),
            new("Line", "int", false, "1-based line of the title in the archive."),
            new("EndLine", "int", false, "1-based line of the closing separator (the last line when the article is not closed)."),
            new("FileName", "string", false, "The file name of the archive holding the article."),
            new("Text", "string", false, "The article's body: every non-blank line after the title, joined with line feeds (read when first asked for).", IsLazy: true),
            new("Sections", ListOf("Section"), false, "The sections, in order of their headings."),
            new("Papers", ListOf("Paper"), false, "The papers the article cites, each once, with the line of its first citation here."),
            new("References", ListOf("Reference"), false, "The entries of the article's reference lists."),
            new("Links", ListOf("Link"), false, "Every http(s) URL in the article, in order."),
            new("Figures", ListOf("Figure"), false, "The image placeholders and captions."),
            new("VideoDurations", ListOf("string"), false, "The durations of embedded videos, as written (<c>17:33</c>)."),
        }),
        new("Section", "A heading of an article and the text under it.", "{Heading,nq} (line {Line})", new Property[]
        {
            new("Heading", "string", false, "The heading line as written (numbering kept, bullet removed)."),
            new("Level", "int", false, "1 for a top-level heading, 2 for a sub-heading."),
            new("Line", "int", false, "1-based line of the heading."),
            new("Text", "string", false, "The non-blank lines between this heading and the next one, joined with line feeds (read when first asked for).", IsLazy: true),
        }),
        new("Paper", "A cited paper.", "{Title ?? ArxivId ?? PaperUrl,nq}", new Property[]
        {
            new("Title", "string", true, "The paper's title, when the archive gives it."),
            new("ArxivId", "string", true, "The arXiv identifier without version (<c>2505.02835</c>)."),
            new("PaperUrl", "string", true, "The link to the paper, as written."),
            new("CodeUrl", "string", true, "The link to the code, as written."),
            new("ProjectUrl", "string", true, "The project page, as written."),
            new("DemoUrl", "string", true, "The demo, as written."),
            new("ModelUrl", "string", true, "The model weights, as written."),
            new("Line", "int", false, "1-based line of the citation (in the dataset-wide list, of the first citation)."),
            new("Articles", ListOf("Article"), false, "Every article of the dataset that cites this paper."),
        }),
        new("Reference", "One entry of a reference list.", "{Marker,nq} {Text,nq}", new Property[]
        {
            new("Marker", "string", true, "The entry's marker (<c>①</c>, <c>[1]</c>); null for a bare URL."),
            new("Text", "string", false, "The entry without its marker."),
            new("Url", "string", true, "The first URL of the entry."),
            new("ArxivId", "string", true, "The arXiv identifier the entry names, without version."),
            new("Line", "int", false, "1-based line of the entry."),
        }),
        new("Link", "An http(s) URL in an article.", "{Kind} {Url,nq}", new Property[]
        {
            new("Url", "string", false, "The URL exactly as written, without surrounding punctuation or markup."),
            new("Kind", "LinkKind", false, "What the URL points to."),
            new("Line", "int", false, "1-based line of the URL."),
            new("Repository", "string", true, "For a GitHub link, the repository as <c>owner/name</c>."),
            new("ArxivId", "string", true, "For an arXiv link, the identifier without version."),
        }),
        new("Figure", "An image placeholder (or a caption standing alone) and its caption.", "{Caption,nq} (line {Line})", new Property[]
        {
            new("Line", "int", false, "1-based line of the image placeholder (of the caption, when there is no image)."),
            new("Caption", "string", true, "The caption, when there is one."),
        }),
        new("SearchHit", "A line that matched a search.", "{Field} line {Line}: {Text,nq}", new Property[]
        {
            new("Article", "Article", false, "The article the line belongs to."),
            new("Section", "Section", true, "The section the line is in (the heading's own section for a heading); null for the title, the lede and lines before the first heading."),
            new("Line", "int", false, "1-based archive line of the match."),
            new("Field", "SearchField", false, "What the line is: the title, the lede, a heading or other text."),
            new("Text", "string", false, "The matched line as written (the title without <c>#</c> for a title)."),
        }),
    };

    private static readonly (string Name, string Doc)[] SearchFields =
    {
        ("Title", "The article's title."),
        ("Lede", "The article's lede, the line after the title."),
        ("Heading", "A section heading."),
        ("Text", "Any other line of the article."),
    };

    private static readonly (string Name, string Doc)[] LinkKinds =
    {
        ("Other", "Any other site."),
        ("Arxiv", "arxiv.org."),
        ("GitHub", "A github.com repository or page."),
        ("HuggingFace", "huggingface.co: models, datasets, spaces."),
        ("ProjectPage", "A project page (a github.io site, or a link labelled as the project's home page)."),
        ("Twitter", "X (formerly Twitter)."),
        ("YouTube", "youtube.com or youtu.be."),
        ("Zhihu", "zhihu.com."),
        ("WeChat", "A WeChat article (mp.weixin.qq.com)."),
    };

    /// <summary>Every type the generated code declares in the namespace or in the entry class: the entry class cannot take one of their names.</summary>
    public static IReadOnlyCollection<string> TypeNames { get; } = DeclaredTypeNames();

    private static IReadOnlyCollection<string> DeclaredTypeNames()
    {
        var names = new List<string> { "LinkKind", "SearchField", "ArticleCatalog", "PaperCatalog", "LinkCatalog", "DatasetStorage", "LazyText", "ArchiveSource" };
        foreach (var type in Types) names.Add(type.Name);
        return names.AsReadOnly();
    }

    public static string Emit(EmitOptions options)
    {
        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, options);
        writer.Open("namespace " + options.Namespace);

        writer.Summary("What a link points to.");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Open(options.Accessibility + " enum LinkKind");
        foreach (var (name, doc) in LinkKinds)
        {
            writer.Summary(doc).Line(name + ",");
        }
        writer.Close();

        writer.Line();
        writer.Summary("Where in an article a search hit is.");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Open(options.Accessibility + " enum SearchField");
        foreach (var (name, doc) in SearchFields)
        {
            writer.Summary(doc).Line(name + ",");
        }
        writer.Close();

        foreach (var type in Types)
        {
            writer.Line();
            WriteType(writer, options, type);
        }

        writer.Line();
        CatalogEmitter.WriteTypes(writer, options);

        writer.Line();
        WriteEntryClass(writer, options);
        writer.Close();
        return writer.ToString();
    }

    private static void WriteType(CodeWriter writer, EmitOptions options, TypeShape type)
    {
        writer.Line("/// <summary>" + type.Doc + "</summary>");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"" + type.DebuggerDisplay.Replace("\"", "\\\"") + "\")]");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
        writer.Open(options.Accessibility + " sealed partial " + options.TypeKeyword + " " + type.Name);

        var lazyText = options.ClassName + ".LazyText";
        var parameters = new List<string>();
        foreach (var property in type.Properties)
        {
            parameters.Add((property.IsLazy ? lazyText : TypeOf(options, property)) + " " + ParameterName(property.Name));
        }
        writer.Line("/// <summary>Used by the generated dataset only: consumers read " + type.Name + " values, they do not create them.</summary>");
        writer.Open("internal " + type.Name + "(" + string.Join(", ", parameters) + ")");
        foreach (var property in type.Properties)
        {
            writer.Line("this." + (property.IsLazy ? LazyField(property) : property.Name) + " = " + ParameterName(property.Name) + ";");
        }
        writer.Close();

        foreach (var property in type.Properties)
        {
            writer.Line();
            if (property.IsLazy)
            {
                writer.Line("private readonly " + lazyText + " " + LazyField(property) + ";");
                writer.Line();
            }
            writer.Line("/// <summary>" + property.Doc + "</summary>");
            writer.Line(property.IsLazy
                ? "public string " + property.Name + " => this." + LazyField(property) + ".Value;"
                : "public " + TypeOf(options, property) + " " + property.Name + " { get; }");
        }
        writer.Close();
    }

    private static string LazyField(Property property) => "lazy" + property.Name;

    private static string TypeOf(EmitOptions options, Property property) =>
        property.IsNullable ? options.Nullable(property.Type) : property.Type;

    private static string ParameterName(string propertyName) =>
        "@" + char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);

    private static void WriteEntryClass(CodeWriter writer, EmitOptions options)
    {
        writer.Line("/// <summary>The dataset compiled from the archives given to AiDigest.Generators.</summary>");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Open(options.Accessibility + " static partial class " + options.ClassName);
        writer.Line("/// <summary>Every archive, in file-name order.</summary>");
        writer.Line("public static " + ListOf("Archive") + " Archives => DatasetStorage.Archives;");
        writer.Line();
        writer.Line("/// <summary>Every article of every archive: archives in file-name order, then articles in file order; " + (options.NamedMembers ? "one property per article, " : string.Empty) + "lookups by title and id.</summary>");
        writer.Line("public static ArticleCatalog Articles => DatasetStorage.Articles;");
        writer.Line();
        writer.Line("/// <summary>The distinct papers cited anywhere in the dataset (same arXiv id, or same title, is one paper), in order of first citation; " + (options.NamedMembers ? "one property per paper, " : string.Empty) + "lookups by arXiv id, repository and title.</summary>");
        writer.Line("public static PaperCatalog Papers => DatasetStorage.Papers;");
        writer.Line();
        writer.Line("/// <summary>Every link of every article, in dataset order; the links of a kind with <c>ByKind</c>.</summary>");
        writer.Line("public static LinkCatalog Links => DatasetStorage.Links;");
        writer.Line();
        CatalogEmitter.WriteSearch(writer, options);
        writer.Line();
        LazyTextEmitter.Write(writer, options);
        writer.Close();
    }
}
