using System.Text;
using AiDigest.Generators.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Dataset;

/// <summary>
/// An archive's identifier in generated code (<c>Archive.Name</c>): the <c>Name</c> its project gives it when that is a
/// C# identifier, else the file name without its extension made into one. Pure functions over strings;
/// <see cref="DigestDataset"/> applies them and makes the names unique.
/// </summary>
internal static class ArchiveNames
{
    /// <summary>
    /// The file name without its extension, invisible characters (bidi controls, zero-width spaces:
    /// <see cref="HiddenCharacters.IsInvisible"/>) dropped, every other character a C# identifier cannot hold replaced
    /// by <c>_</c>, and <c>_</c> put in front when it would start with a digit, be empty, or be a keyword
    /// (<c>000_8b38.txt</c> → <c>_000_8b38</c>).
    /// </summary>
    public static string FromFileName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;
        var builder = new StringBuilder(stem.Length + 1);
        foreach (var c in stem)
        {
            if (HiddenCharacters.IsInvisible(c)) continue;
            builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) && !char.IsSurrogate(c) ? c : '_');
        }
        var name = builder.ToString();
        if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]) || !IsValid(name)) name = "_" + name;
        return name;
    }

    /// <summary>
    /// A C# identifier that needs no <c>@</c>: letters, digits and underscores (Unicode included), not starting with a
    /// digit, not a keyword, and without the invisible characters C# would accept in it (a name should read as it is).
    /// </summary>
    public static bool IsValid(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None && !HasInvisible(name);

    private static bool HasInvisible(string name)
    {
        foreach (var c in name)
        {
            if (HiddenCharacters.IsInvisible(c)) return true;
        }
        return false;
    }
}
