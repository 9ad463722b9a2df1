using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// Emits the dataset's types: the records of <see cref="DatasetSchema"/>, the enums <c>LinkKind</c> (from the model's)
/// and <c>SearchField</c>, the catalogs, and the entry class's public surface. They depend only on the options, never
/// on archive content, so editing an archive leaves this output cached.
/// </summary>
internal static class DigestTypesEmitter
{
    public const string HintName = "AiDigest.Types.g.cs";

    /// <summary>The types the generated code declares in the namespace, and the storage class it nests in the entry class: the entry class cannot take one of their names.</summary>
    public static ImmutableArray<string> TypeNames { get; } = DeclaredTypeNames();

    /// <summary>What each kind of link is, for the generated enum's documentation (a test checks that every kind has one).</summary>
    public static string Describe(LinkKind kind) => kind switch
    {
        LinkKind.Other => "Any other site.",
        LinkKind.Arxiv => "arxiv.org.",
        LinkKind.GitHub => "A github.com repository or page.",
        LinkKind.HuggingFace => "huggingface.co: models, datasets, spaces.",
        LinkKind.ProjectPage => "A project page (a github.io site, or a link labelled as the project's home page).",
        LinkKind.Twitter => "X (formerly Twitter).",
        LinkKind.YouTube => "youtube.com or youtu.be.",
        LinkKind.Zhihu => "zhihu.com.",
        LinkKind.WeChat => "A WeChat article (mp.weixin.qq.com).",
        _ => string.Empty,
    };

    /// <summary>What each kind of block is, for the generated enum's documentation (a test checks that every kind has one).</summary>
    public static string Describe(BlockKind kind) => kind switch
    {
        BlockKind.UncategorizedText => "Text no rule recognised (Unstructured's UncategorizedText).",
        BlockKind.Title => "A heading, its level in Block.Level (Unstructured's Title; HTML h2/h3, PDF H1/H2).",
        BlockKind.NarrativeText => "A paragraph (Unstructured's NarrativeText; HTML p, PDF P).",
        BlockKind.ListItem => "An item of a bulleted or numbered list (Unstructured's ListItem; HTML li, PDF LI).",
        BlockKind.BlockQuote => "A quotation set off from the text (PDF BlockQuote; HTML blockquote).",
        BlockKind.DialogueTurn => "One speaker's turn of an interview or dialogue.",
        BlockKind.FigureCaption => "The caption of a picture or video (Unstructured's FigureCaption; HTML figcaption, PDF Caption).",
        BlockKind.Image => "An image placeholder (Unstructured's Image; HTML img, PDF Figure).",
        BlockKind.Video => "An embedded video: its duration line.",
        BlockKind.CodeSnippet => "A block of code, its language in Block.Language (Unstructured's CodeSnippet; HTML pre/code, PDF Code).",
        BlockKind.Table => "A table row (Unstructured's Table; HTML tr, PDF TR).",
        BlockKind.Formula => "A formula (Unstructured's and PDF's Formula).",
        BlockKind.Metadata => "A paper's metadata lines: its title and its paper, code or project links.",
        BlockKind.BibEntry => "An entry of a reference list (PDF BibEntry).",
        BlockKind.Lede => "The standfirst under the title.",
        BlockKind.Byline => "The author's or outlet's credit line.",
        BlockKind.TableOfContents => "The article's own table of contents (PDF TOC).",
        BlockKind.Header => "The page's header (Unstructured's Header); not in an article's blocks.",
        BlockKind.Footer => "The site's footer (Unstructured's Footer); not in an article's blocks.",
        BlockKind.PageBreak => "The line that closes an article (Unstructured's PageBreak); not in an article's blocks.",
        _ => string.Empty,
    };

    private static readonly ImmutableArray<(string Name, string Doc)> SearchFields = ImmutableArray.Create(
        ("Title", "The article's title."),
        ("Lede", "The article's lede, the line after the title."),
        ("Heading", "A section heading."),
        ("Text", "Any other line of the article."));

    private static ImmutableArray<string> DeclaredTypeNames()
    {
        var names = ImmutableArray.CreateBuilder<string>();
        names.AddRange(nameof(LinkKind), nameof(BlockKind), "SearchField", DigestDataEmitter.StorageClass, GeneratedLookups.ClassName, "Runtime");
        names.AddRange(CatalogEmitter.TypeNames);
        foreach (var record in DatasetSchema.Types) names.Add(record.Name);
        return names.ToImmutable();
    }

    public static string Emit(EmitOptions options)
    {
        var writer = new CodeWriter();
        GeneratedFileHeader.Write(writer, options);
        writer.Open("namespace " + options.Namespace);

        writer.Summary("What a link points to.");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Open(options.Accessibility + " enum " + nameof(LinkKind));
        foreach (LinkKind kind in Enum.GetValues(typeof(LinkKind)))
        {
            writer.Summary(Describe(kind)).Line(kind + " = " + CSharpLiteral.Int((int)kind) + ",");
        }
        writer.Close();

        writer.Line();
        writer.Summary("What a block of an article is: Unstructured's element types, PDF structure types where it has none.");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Open(options.Accessibility + " enum " + nameof(BlockKind));
        foreach (BlockKind kind in Enum.GetValues(typeof(BlockKind)))
        {
            writer.Summary(Describe(kind)).Line(kind + " = " + CSharpLiteral.Int((int)kind) + ",");
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

        foreach (var record in DatasetSchema.Types)
        {
            writer.Line();
            WriteType(writer, options, record);
        }

        writer.Line();
        CatalogEmitter.WriteTypes(writer, options);

        writer.Line();
        WriteEntryClass(writer, options);
        writer.Close();
        return writer.ToString();
    }

    /// <summary>A record (a class below C# 9): a constructor for the generated code only, one get-only property per field.</summary>
    private static void WriteType(CodeWriter writer, EmitOptions options, IRecordSchema record)
    {
        writer.Line("/// <summary>" + record.Doc + "</summary>");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Line("[global::System.Diagnostics.DebuggerDisplay(\"" + record.DebuggerDisplay.Replace("\"", "\\\"") + "\")]");
        writer.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
        writer.Open(options.Accessibility + " sealed partial " + options.TypeKeyword + " " + record.Name);

        var properties = new List<IField>();
        foreach (var field in record.Fields)
        {
            if (field.IsProperty) properties.Add(field);
        }
        var parameters = new List<string>();
        foreach (var property in properties) parameters.Add(property.StoredType(options) + " " + property.Local);
        writer.Line("/// <summary>Used by the generated dataset only: consumers read " + record.Name + " values, they do not create them.</summary>");
        writer.Open("internal " + record.Name + "(" + string.Join(", ", parameters) + ")");
        foreach (var property in properties)
        {
            writer.Line("this." + (property.IsLazyText ? LazyField(property) : property.Name) + " = " + property.Local + ";");
        }
        writer.Close();

        foreach (var property in properties)
        {
            writer.Line();
            if (property.IsLazyText)
            {
                writer.Line("private readonly " + property.StoredType(options) + " " + LazyField(property) + ";");
                writer.Line();
            }
            writer.Line("/// <summary>" + property.Doc + "</summary>");
            writer.Line(property.IsLazyText
                ? "public " + property.PropertyType(options) + " " + property.Name + " => this." + LazyField(property) + ".Value;"
                : "public " + property.PropertyType(options) + " " + property.Name + " { get; }");
        }
        writer.Close();
    }

    private static string LazyField(IField property) => "lazy" + property.Name;

    private static void WriteEntryClass(CodeWriter writer, EmitOptions options)
    {
        var storage = DigestDataEmitter.StorageClass;
        writer.Line("/// <summary>The dataset compiled from the archives given to AiDigest.Generators.</summary>");
        writer.Line(GeneratedFileHeader.GeneratedCodeAttribute);
        writer.Open(options.Accessibility + " static partial class " + options.ClassName);
        writer.Line("/// <summary>Every archive, in file-name order.</summary>");
        writer.Line("public static " + Fields.ListOf("Archive") + " Archives => " + storage + ".Archives;");
        writer.Line();
        writer.Line("/// <summary>Every article of every archive: archives in file-name order, then articles in file order; " + (options.NamedMembers ? "one member per article, " : string.Empty) + "lookups by title and id.</summary>");
        writer.Line("public static ArticleCatalog Articles => " + storage + ".Articles;");
        writer.Line();
        writer.Line("/// <summary>The distinct papers cited anywhere in the dataset (same arXiv id, or same title, is one paper), in order of first citation; " + (options.NamedMembers ? "one member per paper, " : string.Empty) + "lookups by arXiv id, repository and title.</summary>");
        writer.Line("public static PaperCatalog Papers => " + storage + ".Papers;");
        writer.Line();
        writer.Line("/// <summary>Every link of every article, in dataset order; the links of a kind with <c>ByKind</c>.</summary>");
        writer.Line("public static LinkCatalog Links => " + storage + ".Links;");
        writer.Line();
        CatalogEmitter.WriteSearch(writer, options);
        writer.Close();
    }
}
