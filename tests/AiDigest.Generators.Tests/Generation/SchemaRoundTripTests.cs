using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using AiDigest.Generators.Dataset;
using AiDigest.Generators.Emitting;
using AiDigest.Generators.Model;
using AiDigest.Generators.Tests.Support;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Generation;

/// <summary>
/// The schema's promise: whatever the table writer writes, the generated decoder reads back into the same field. A
/// synthetic dataset gives every field of every stored record a value no other field has (every link kind, null
/// and non-null optional values, a paper cited from two archives), goes through the emitters, is compiled and
/// loaded, and every property of every generated record is compared with the model it came from. A property no
/// comparison reached fails the test, so a new field cannot go unchecked.
/// </summary>
[TestClass]
public sealed class SchemaRoundTripTests
{
    private int _next = 1000;

    [TestMethod]
    public void EveryFieldOfEveryRecordReadsBackWhatWasWritten()
    {
        var dataset = DigestDataset.Build(new[] { Archive("b.txt", articles: 2), Archive("a.txt", articles: 3, shareFirstPaperWith: "b.txt") });
        Assert.IsTrue(dataset.Papers.Any(p => p.CitingArticles.Count > 1), "one paper is cited from two archives");

        using var loaded = Compile(dataset);
        var digest = loaded.Assembly.GetType("AiDigest.Digest", throwOnError: true)!;
        var checkedProperties = new HashSet<string>();

        var archives = Items(digest.GetProperty("Archives")!.GetValue(null));
        Assert.AreEqual(dataset.Archives.Count, archives.Count);
        for (var a = 0; a < archives.Count; a++) CheckArchive(archives[a], dataset, dataset.Archives[a], checkedProperties);

        var papers = Items(digest.GetProperty("Papers")!.GetValue(null));
        Assert.AreEqual(dataset.Papers.Count, papers.Count);
        for (var p = 0; p < papers.Count; p++) CheckPaper(papers[p], dataset.Papers[p].Paper, dataset, p, checkedProperties);

        var stored = DatasetSchema.Stored.Select(r => r.Name).ToList();
        var unreached = loaded.Assembly.GetTypes()
            .Where(t => t.Namespace == "AiDigest" && stored.Contains(t.Name))
            .SelectMany(t => PropertiesOf(t).Select(p => t.Name + "." + p.Name))
            .Where(name => !checkedProperties.Contains(name))
            .ToList();
        Assert.AreEqual(9, stored.Count, string.Join(",", stored));
        Assert.AreEqual(0, unreached.Count, "properties no comparison reached: " + string.Join(", ", unreached));
    }

    private void CheckArchive(object actual, DigestDataset dataset, DatasetArchive expected, HashSet<string> seen)
    {
        Check(actual, "Name", expected.Name, seen);
        Check(actual, "FileName", expected.File.FileName, seen);
        Check(actual, "SourceUrl", expected.Model.SourceUrl, seen);
        var articles = Items(Get(actual, "Articles", seen));
        Assert.AreEqual(expected.Articles.Count, articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var entry = dataset.Articles.Single(e => e.Archive == expected && e.Article.Index == i);
            CheckArticle(articles[i], entry, dataset, seen);
        }
    }

    private void CheckArticle(object actual, DatasetArticle entry, DigestDataset dataset, HashSet<string> seen)
    {
        var article = entry.Article;
        Check(actual, "Index", article.Index, seen);
        Check(actual, "Id", entry.Id, seen);
        Check(actual, "Title", article.Title, seen);
        Check(actual, "Lede", article.Lede, seen);
        Check(actual, "Line", article.Line, seen);
        Check(actual, "EndLine", article.EndLine, seen);
        Check(actual, "FileName", entry.Archive.File.FileName, seen);
        Check(actual, "Text", article.Text, seen);
        Check(actual, "VideoDurations", article.VideoDurations.ToList(), seen);

        var sections = Items(Get(actual, "Sections", seen));
        Assert.AreEqual(article.Sections.Count, sections.Count);
        for (var i = 0; i < sections.Count; i++) CheckByName(sections[i], article.Sections[i], seen);

        var blocks = Items(Get(actual, "Blocks", seen));
        Assert.AreEqual(article.Blocks.Count, blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            CheckByName(blocks[i], article.Blocks[i], seen, except: "Text");
            Check(blocks[i], "Text", article.Text.Substring(article.Blocks[i].TextStart, article.Blocks[i].TextLength), seen);
        }

        var papers = Items(Get(actual, "Papers", seen));
        Assert.AreEqual(article.Papers.Count, papers.Count);
        for (var i = 0; i < papers.Count; i++) CheckPaper(papers[i], article.Papers[i], dataset, dataset.CitationTargets[entry.GlobalIndex][i], seen);

        foreach (var (name, models) in new (string, IReadOnlyList<object>)[]
        {
            ("References", article.References.Cast<object>().ToList()), ("Links", article.Links.Cast<object>().ToList()), ("Figures", article.Figures.Cast<object>().ToList()),
            ("CodeBlocks", article.CodeBlocks.Cast<object>().ToList()),
        })
        {
            var items = Items(Get(actual, name, seen));
            Assert.AreEqual(models.Count, items.Count, name);
            for (var i = 0; i < items.Count; i++) CheckByName(items[i], models[i], seen);
        }
    }

    private static void CheckPaper(object actual, PaperModel expected, DigestDataset dataset, int datasetPaper, HashSet<string> seen)
    {
        CheckByName(actual, expected, seen, except: "Articles");
        var citing = Items(Get(actual, "Articles", seen)).Select(a => (string)a.GetType().GetProperty("Id")!.GetValue(a)!).ToList();
        CollectionAssert.AreEqual(dataset.Papers[datasetPaper].CitingArticles.Select(i => dataset.Articles[i].Id).ToList(), citing);
    }

    /// <summary>Every property of the generated record against the model's property of the same name.</summary>
    private static void CheckByName(object actual, object expected, HashSet<string> seen, string? except = null)
    {
        foreach (var property in PropertiesOf(actual.GetType()))
        {
            if (property.Name == except) continue;
            var source = expected.GetType().GetProperty(property.Name)
                ?? throw new AssertFailedException(actual.GetType().Name + "." + property.Name + " has no model property of that name: compare it explicitly");
            Check(actual, property.Name, source.GetValue(expected), seen);
        }
    }

    private static void Check(object record, string property, object? expected, HashSet<string> seen)
    {
        var actual = Get(record, property, seen);
        var where = record.GetType().Name + "." + property;
        if (expected is Enum)
        {
            Assert.AreEqual(Convert.ToInt32(expected), Convert.ToInt32(actual), where);
            Assert.AreEqual(expected.ToString(), actual!.ToString(), where);
        }
        else if (expected is IEnumerable list and not string)
        {
            CollectionAssert.AreEqual(list.Cast<object>().ToList(), Items(actual), where);
        }
        else
        {
            Assert.AreEqual(expected, actual, where);
        }
    }

    private static object? Get(object record, string property, HashSet<string> seen)
    {
        seen.Add(record.GetType().Name + "." + property);
        return record.GetType().GetProperty(property)!.GetValue(record);
    }

    private static IEnumerable<PropertyInfo> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

    private static List<object> Items(object? list) => ((IEnumerable)list!).Cast<object>().ToList();

    private static LoadedProbe Compile(DigestDataset dataset)
    {
        var options = EmitOptions.Default with { HasFrozenCollections = true, HasNotNullWhen = true };
        var sources = new List<string> { DigestTypesEmitter.Emit(options), DigestDataEmitter.Emit(dataset, options).Source };
        sources.AddRange(RuntimeTemplates.All.Select(t => RuntimeTemplates.Emit(t.Text, options)));
        var compilation = CSharpCompilation.Create(
            "RoundTrip",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.AreEqual(0, errors.Count, string.Join("\n", errors.Take(10)));
        return new LoadedProbe(compilation);
    }

    /// <summary>An archive whose every value is distinct; its texts are compiled in (the pool), sections cut from their article's text.</summary>
    private ArchiveModel Archive(string fileName, int articles, string? shareFirstPaperWith = null)
    {
        var models = new List<ArticleModel>();
        for (var i = 0; i < articles; i++)
        {
            var headings = new[] { Value("heading"), Value("heading") };
            var bodies = new[] { Value("section text") + "\n" + Value("second line"), Value("section text") };
            var text = Value("intro") + "\n" + headings[0] + "\n" + bodies[0] + "\n" + headings[1] + "\n" + bodies[1];
            var sections = headings.Select((heading, s) =>
                new SectionModel(heading, Number(), Number(), s == 0 ? null : Number(), bodies[s], text.IndexOf(bodies[s], StringComparison.Ordinal), default)).ToEquatableArray();
            var papers = new List<PaperModel> { Paper(), Paper() };
            if (shareFirstPaperWith is not null && i == 0) papers[0] = papers[0] with { ArxivId = "2501.00001" };
            if (fileName == "b.txt" && i == 1) papers[1] = papers[1] with { ArxivId = "2501.00001" };
            var links = Enum.GetValues<LinkKind>().Select(kind => new LinkModel(Value("https://example.org/link"), kind, Number(), Number(), kind == LinkKind.GitHub ? Value("owner/repo") : null, kind == LinkKind.Arxiv ? Value("arxiv") : null));
            models.Add(new ArticleModel(
                i, Value("Title"), i == 0 ? null : Value("lede"), Number(), Number(), text,
                EquatableArray<ElementModel>.Empty, sections, papers.ToEquatableArray(),
                new[] { new ReferenceModel(Value("[1]"), Value("reference"), Value("https://ref.example"), Value("2502.0"), Number()), new ReferenceModel(null, Value("bare"), null, null, Number()) }.ToEquatableArray(),
                links.ToEquatableArray(),
                new[] { new FigureModel(Number(), Value("caption")), new FigureModel(Number(), null) }.ToEquatableArray(),
                new[] { Value("1:23"), Value("4:56:07") }.ToEquatableArray(),
                new[] { new CodeBlockModel(Number(), Number(), Value("python")), new CodeBlockModel(Number(), Number(), null) }.ToEquatableArray(),
                default,
                new[]
                {
                    new BlockModel(BlockKind.Title, 1, Number(), Number(), null, Value("rule"), text.IndexOf(headings[0], StringComparison.Ordinal), headings[0].Length, default),
                    new BlockModel(BlockKind.CodeSnippet, 0, Number(), Number(), Value("python"), "correction", text.IndexOf(bodies[0], StringComparison.Ordinal), bodies[0].Length, default),
                    new BlockModel((BlockKind)(i % 20), 0, Number(), Number(), null, string.Empty, 0, 0, default),
                }.ToEquatableArray()));
        }
        return new ArchiveModel(ArchiveFile.At("/r/seeds/" + fileName), Value("https://source.example"), EquatableArray<ElementModel>.Empty,
            models.ToEquatableArray(), EquatableArray<ElementModel>.Empty, EquatableArray<ArchiveDiagnostic>.Empty, 0);
    }

    private PaperModel Paper() => new(Value("Paper title"), Value("2503.1"), Value("https://paper.example"), Value("https://github.com/o/code"),
        Value("https://project.example"), Value("https://demo.example"), Value("https://huggingface.co/model"), Number());

    private string Value(string what) => what + " " + (_next++).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private int Number() => _next++;
}
