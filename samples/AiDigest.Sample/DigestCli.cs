using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Spectre.Console;

namespace AiDigest.Sample;

/// <summary>
/// The sample's commands. Each writes to an <see cref="IAnsiConsole"/> (tables and trees measure CJK text in
/// terminal cells); System.CommandLine parses the arguments and writes help and parse errors.
/// Exit codes: 0 done, 1 a bad command line (System.CommandLine's message and usage), 2 nothing found for the
/// argument or the file could not be written.
/// </summary>
public static class DigestCli
{
    public const int Success = 0;
    public const int NotFound = 2;

    /// <summary>The width tables are laid out for when the output goes to a file or a pipe (no terminal to ask).</summary>
    public const int RedirectedWidth = 200;

    public static int Run(string[] args, IAnsiConsole console, TextWriter output, TextWriter error) =>
        Create(console, error).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });

    public static RootCommand Create(IAnsiConsole console, TextWriter error)
    {
        var root = new RootCommand("Explores the AI-news dataset that AiDigest.Generators compiled from the bundled archive. Without a command: the overview.");
        root.SetAction(_ => Overview(console));

        var overview = new Command("overview", "The dataset at a glance: archives, counts, every article, papers with code, most-linked repositories, links by kind, and the compile-checked queries.");
        overview.SetAction(_ => Overview(console));
        root.Add(overview);

        var article = new Argument<string>("article") { Description = "The article's id (worldmem), its title (WorldMem, 物理图灵测试) or its number in the overview (1-27)." };
        var lines = new Option<bool>("--lines") { Description = "Every line of the article with what the parser read it as: its block kind (heading level, code language); '*' marks a line a corrections file decided." };
        var show = new Command("show", "One article's outline as a tree: its sections with their levels, the papers it cites with their links, its references and figures.") { article, lines };
        show.SetAction(result => Show(console, error, result.GetValue(article)!, result.GetValue(lines)));
        root.Add(show);

        var withCode = new Option<bool>("--with-code") { Description = "Only the papers with a code link." };
        var papers = new Command("papers", "The distinct papers the articles cite, with their arXiv ids, code links and citing articles.") { withCode };
        papers.SetAction(result => PaperList.Write(console, result.GetValue(withCode)));
        root.Add(papers);

        var text = new Argument<string>("text") { Description = "What to find: ordinal, case-insensitive for letters that have case (CJK as written)." };
        var search = new Command("search", "Every line of every article (titles, ledes, headings, text) that contains the text.") { text };
        search.SetAction(result => Search(console, error, result.GetValue(text)!));
        root.Add(search);

        var file = new Argument<FileInfo>("file") { Description = "The JSON file to write (UTF-8, indented; see README, \"Export format\")." };
        var export = new Command("export", "Writes the whole dataset as JSON.") { file };
        export.SetAction(result => Export(console, error, result.GetValue(file)!));
        root.Add(export);

        return root;
    }

    private static int Overview(IAnsiConsole console)
    {
        Sample.Overview.Write(console);
        return Success;
    }

    private static int Show(IAnsiConsole console, TextWriter error, string key, bool lines)
    {
        var found = ArticleFinder.Find(key);
        if (found is null)
        {
            var suggestion = ArticleFinder.Suggest(key);
            error.WriteLine($"No article has the id, title or number '{key}'." + (suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?"));
            error.WriteLine("The overview lists every article: dotnet run --project samples/AiDigest.Sample");
            return NotFound;
        }
        if (lines) ArticleLines.Write(console, found);
        else ArticleOutline.Write(console, found);
        return Success;
    }

    private static int Search(IAnsiConsole console, TextWriter error, string text)
    {
        if (string.IsNullOrEmpty(text) || text.IndexOf('\n') >= 0)
        {
            error.WriteLine("Give a text to search for, on one line.");
            return NotFound;
        }
        return SearchResults.Write(console, text) ? Success : NotFound;
    }

    private static int Export(IAnsiConsole console, TextWriter error, FileInfo file)
    {
        var json = DatasetExport.ToJson(DatasetExport.Create());
        try
        {
            File.WriteAllText(file.FullName, json + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Could not write {file.FullName}: {exception.Message}");
            return NotFound;
        }
        console.WriteLine($"Wrote {file.FullName} ({json.Length:N0} characters).");
        return Success;
    }
}
