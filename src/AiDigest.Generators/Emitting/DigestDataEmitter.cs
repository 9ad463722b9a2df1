using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// Emits the dataset: all of it written by <see cref="DatasetSchema.Storage"/> into two string literals (a table of
/// integers and a pool of strings, see <see cref="TableWriter"/>), a decoder generated from the same schema that
/// builds the records from them once, on first use, and the catalogs' named members. The size of the generated code
/// barely grows with the archive: a hundred pages compile almost as fast as one.
/// </summary>
internal static class DigestDataEmitter
{
    public const string HintName = "AiDigest.Data.g.cs";

    /// <summary>The class, nested in the entry class, that holds the decoded dataset.</summary>
    public const string StorageClass = "DatasetStorage";

    /// <summary>
    /// The emitted source, and its problems: archives whose body texts were too large to compile in (AIDG0105), and
    /// short texts cut to fit the assembly's string heap (AIDG0107, see <see cref="LiteralBudget"/>).
    /// </summary>
    /// <param name="cancellationToken">Checked between the stages of the emission, each a fraction of a large dataset's.</param>
    public static (string Source, IReadOnlyList<DatasetDiagnostic> Diagnostics) Emit(DigestDataset dataset, EmitOptions options, CancellationToken cancellationToken = default)
    {
        var emitted = Write(dataset, options, cancellationToken);
        var diagnostics = new List<DatasetDiagnostic>();
        foreach (var cap in LiteralBudget.Caps)
        {
            if (emitted.LiteralCharacters <= LiteralBudget.MaxCharacters) break;
            diagnostics.Clear();
            emitted = Write(DigestDataset.Build(LiteralBudget.Cut(dataset, cap, diagnostics)), options, cancellationToken);
        }

        for (var i = 0; i < dataset.Archives.Count; i++)
        {
            if (!emitted.Storages[i].OmitsTexts) continue;
            var file = dataset.Archives[i].File;
            diagnostics.Add(new DatasetDiagnostic(file.Path, ArchiveDiagnostic.AtStart(
                DiagnosticIds.ArchiveTooLargeForLiterals, file.FileName, TextStorage.MaxLiteralCharacters.ToString("N0", CultureInfo.InvariantCulture))));
        }
        return (emitted.Source, diagnostics);
    }

    /// <summary>The source, how many characters its string literals hold, and each archive's text storage.</summary>
    private static (string Source, long LiteralCharacters, IReadOnlyList<TextStorage> Storages) Write(DigestDataset dataset, EmitOptions options, CancellationToken cancellationToken)
    {
        var index = DatasetIndex.Build(dataset);
        cancellationToken.ThrowIfCancellationRequested();
        var storages = TextStorage.For(dataset);
        var table = new TableWriter();
        DatasetSchema.Storage.Write(table, new DatasetRow(dataset, index, storages));
        cancellationToken.ThrowIfCancellationRequested();

        // Sized for the literals, the lookups and the named members, so the file is not copied as it grows.
        var writer = new CodeWriter(table.Length + (table.Length / 8) + ((dataset.Articles.Count + dataset.Papers.Count) * 600) + (64 * 1024));
        GeneratedFileHeader.Write(writer, options);
        writer.Open("namespace " + options.Namespace);
        writer.Open("static partial class " + options.ClassName);
        var literalCharacters = (long)WriteStorage(writer, options, table);
        cancellationToken.ThrowIfCancellationRequested();
        writer.Line();
        literalCharacters += GeneratedLookups.Write(writer, index, options);
        writer.Close();
        if (options.NamedMembers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writer.Line();
            CatalogEmitter.WriteNamedMembers(writer, dataset, index, options);
        }
        writer.Close();
        return (writer.ToString(), literalCharacters, storages);
    }

    /// <summary>The storage class; returns the characters of its two literals.</summary>
    private static int WriteStorage(CodeWriter writer, EmitOptions options, TableWriter table)
    {
        writer.Line("/// <summary>The dataset's storage; decoded once, on first use, by the runtime's type initialiser (thread-safe).</summary>");
        writer.Open("private static class " + StorageClass);
        writer.Line("internal static readonly " + Fields.ListOf("Archive") + " Archives;");
        writer.Line("internal static readonly ArticleCatalog Articles;");
        writer.Line("internal static readonly PaperCatalog Papers;");
        writer.Line("internal static readonly LinkCatalog Links;");
        writer.Line("/// <summary>For each article, the archive line of each line of its <c>Text</c>.</summary>");
        writer.Line("internal static readonly int[][] TextLines;");
        writer.Line();
        writer.Line("/// <summary>The dataset's records as integers (see <c>Runtime.TableReader</c>).</summary>");
        writer.Line("private const string Table = ", table.AppendTableLiteral, ";");
        writer.Line();
        writer.Line("/// <summary>Every string of the dataset, once; the table points into it.</summary>");
        writer.Line("private const string Pool = ", table.AppendPoolLiteral, ";");
        writer.Line();
        WriteComposition(writer);
        writer.Line();
        writer.Line("private static Article ArticleAt(int index) => Articles[index];");
        writer.Line();
        writer.Open("private static " + options.DictionaryType + "<string, T> Lookup<T>(global::System.Collections.Generic.KeyValuePair<string, int>[] keys, T[] items, bool ignoreCase)");
        writer.Line("var comparer = ignoreCase ? global::System.StringComparer.OrdinalIgnoreCase : global::System.StringComparer.Ordinal;");
        writer.Line("var index = Runtime.ReadOnlyLists.Index(keys, items, comparer);");
        writer.Line(options.HasFrozenCollections ? "return global::System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(index, comparer);" : "return index;");
        writer.Close();
        writer.Line();
        WriteDecoder(writer, options);
        writer.Close();
        return table.Length;
    }

    /// <summary>The type initialiser: decode the table, then build the catalogs from what the decoder read.</summary>
    private static void WriteComposition(CodeWriter writer)
    {
        writer.Open("static " + StorageClass + "()");
        writer.Line("var data = new Decoder(Table, Pool);");
        writer.Line("var articles = Runtime.ReadOnlyLists.Concat<Archive, Article>(data.archives, archive => archive.Articles);");
        writer.Line("Archives = Runtime.ReadOnlyLists.Of(data.archives);");
        // Each catalog's lookups in the order of its lookup methods (Emitting/CatalogEmitter.cs).
        writer.Line("Articles = new ArticleCatalog(");
        writer.Line("    articles,");
        writer.Line("    new " + CatalogEmitter.LookupDictionary + "<string, Article>[] { " + Lookup(LookupKind.ArticleTitle, "articles") + ", " + Lookup(LookupKind.ArticleId, "articles") + " },");
        writer.Line("    " + GeneratedLookups.ClassName + "." + GeneratedLookups.ArticleMembers + ");");
        writer.Line("Papers = new PaperCatalog(");
        writer.Line("    data.papers,");
        writer.Line("    new " + CatalogEmitter.LookupDictionary + "<string, Paper>[]");
        writer.Line("    {");
        writer.Line("        " + Lookup(LookupKind.ArxivId, "data.papers") + ",");
        writer.Line("        " + Lookup(LookupKind.Repository, "data.papers") + ",");
        writer.Line("        " + Lookup(LookupKind.PaperTitle, "data.papers") + ",");
        writer.Line("    },");
        writer.Line("    Runtime.ReadOnlyLists.Select(data.papers, data.papersWithCode),");
        writer.Line("    " + GeneratedLookups.ClassName + "." + GeneratedLookups.PaperMembers + ");");
        writer.Line("var links = Runtime.ReadOnlyLists.Concat<Article, Link>(articles, article => article.Links);");
        writer.Line("var byKind = new " + Fields.ListOf("Link") + "[data.linksByKind.Length];");
        writer.Line("for (var k = 0; k < byKind.Length; k++) byKind[k] = Runtime.ReadOnlyLists.Select(links, data.linksByKind[k]);");
        writer.Line("Links = new LinkCatalog(links, byKind);");
        writer.Line("TextLines = data.textLines;");
        writer.Close();
    }

    /// <summary>A lookup's dictionary, built from its keys constant with its comparison.</summary>
    private static string Lookup(LookupKind kind, string items) =>
        "Lookup(Runtime.LookupTable.Parse(" + GeneratedLookups.ClassName + "." + GeneratedLookups.ConstantName(kind) + "), " + items + ", "
        + (Lookups.IgnoresCase(kind) ? "true" : "false") + ")";

    /// <summary>
    /// Reads the table back: <see cref="DatasetSchema.Storage"/>'s fields into the decoder's own, in the constructor, and
    /// one method per stored record that reads its fields in schema order and builds it.
    /// </summary>
    private static void WriteDecoder(CodeWriter writer, EmitOptions options)
    {
        var root = DatasetSchema.Storage;
        writer.Line("/// <summary>Reads what the generator's table writer wrote, field by field in the order of its schema.</summary>");
        writer.Open("private sealed class Decoder");
        writer.Line("private readonly Runtime.TableReader reader;");
        foreach (var field in root.Fields) writer.Line("internal readonly " + field.StoredType(options) + " " + field.Local + ";");
        writer.Line();
        writer.Open("internal Decoder(string table, string pool)");
        writer.Line("this.reader = new Runtime.TableReader(table, pool);");
        foreach (var field in root.Fields) writer.Line("this." + field.Local + " = " + field.ReadExpression(options) + ";");
        writer.Close();

        foreach (var record in DatasetSchema.Stored)
        {
            writer.Line();
            var parameters = new List<string>();
            foreach (var (type, name) in record.Context) parameters.Add(options.Type(type) + " " + name);
            writer.Open("private " + record.Name + " " + record.ReaderMethod + "(" + string.Join(", ", parameters) + ")");
            var arguments = new List<string>();
            foreach (var field in record.Fields)
            {
                writer.Line("var " + field.Local + " = " + field.ReadExpression(options) + ";");
                if (field.IsProperty) arguments.Add(field.Local);
            }
            writer.Line("return new " + record.Name + "(" + string.Join(", ", arguments) + ");");
            writer.Close();
        }
        writer.Close();
    }
}
