using System.Globalization;
using System.Linq;
using System.Text;
using Spectre.Console;

namespace AiDigest.Sample;

/// <summary>
/// <c>show ARTICLE --lines</c>: the parser's reading, line by line, from <c>Article.Blocks</c> (no second parser):
/// each non-blank line with its number, its block's kind (with a heading's level and a code block's language) and
/// its text; <c>*</c> marks the lines a corrections file decided. A block's later lines show <c>|</c> for its kind.
/// </summary>
internal static class ArticleLines
{
    /// <summary>The mark of a line whose block a correction decided (its <c>Rule</c> is <c>correction</c>).</summary>
    public const string CorrectedMark = "*";

    public static void Write(IAnsiConsole console, Article article)
    {
        var output = new StringBuilder();
        output.Append(article.Title).Append(" (").Append(article.Id).Append(", ").Append(article.FileName)
            .Append(" lines ").Append(article.Line.ToString(CultureInfo.InvariantCulture)).Append('-').Append(article.EndLine.ToString(CultureInfo.InvariantCulture)).Append(")\n");
        var corrected = 0;
        foreach (var block in article.Blocks)
        {
            var texts = block.Text.Split('\n');

            // The text holds the block's non-blank lines; when the block has blank lines too, only its first line's number is known.
            var numbered = texts.Length == block.EndLine - block.Line + 1;
            var mark = block.Rule == "correction" ? CorrectedMark : " ";
            if (mark == CorrectedMark) corrected++;
            for (var i = 0; i < texts.Length; i++)
            {
                var number = i == 0 || numbered ? (block.Line + i).ToString(CultureInfo.InvariantCulture) : "+";
                var label = i == 0 ? Label(block) : "|";
                output.Append(number.PadLeft(6)).Append(' ').Append(mark).Append(' ').Append(label.PadRight(18)).Append(' ').Append(texts[i]).Append('\n');
            }
        }
        output.Append(article.Blocks.Count.ToString(CultureInfo.InvariantCulture)).Append(" blocks");
        if (corrected > 0) output.Append("; ").Append(CorrectedMark).Append(' ').Append(corrected.ToString(CultureInfo.InvariantCulture)).Append(" decided by a corrections file");
        output.Append('\n');
        console.Write(new Text(output.ToString()));
    }

    /// <summary>The block's kind as <c>BlockKind</c> names it, with a heading's level (<c>Title 1</c>) or a code block's language (<c>CodeSnippet python</c>).</summary>
    public static string Label(Block block) => block.Kind switch
    {
        BlockKind.Title => "Title " + block.Level.ToString(CultureInfo.InvariantCulture),
        BlockKind.CodeSnippet when block.Language is not null => "CodeSnippet " + block.Language,
        _ => block.Kind.ToString(),
    };
}
