using System.Globalization;
using System.Text;

namespace AiDigest.Generators.Text;

/// <summary>
/// Characters that change how text is shown without being seen: the bidirectional controls that can make code read
/// differently from how it compiles (Trojan Source, CVE-2021-42574), and the invisible format characters (zero-width
/// space, soft hyphen, byte-order mark, tag characters…). Archive text may hold them; generated code never carries
/// them raw.
/// </summary>
/// <remarks>
/// The sets are written out rather than asked of <c>char.GetUnicodeCategory</c>: the runtime's Unicode version differs
/// between the compilers that load the generator (.NET Framework in Visual Studio, .NET in the SDK), and the generated
/// code must be the same whichever runs it.
/// </remarks>
internal static class HiddenCharacters
{
    /// <summary>The explicit bidirectional embeddings, overrides and isolates, each in the order of its code point.</summary>
    public const string BidiControls = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";

    /// <summary>
    /// An explicit bidirectional control: LRE, RLE, PDF, LRO, RLO (U+202A–U+202E) or LRI, RLI, FSI, PDI
    /// (U+2066–U+2069). The implicit marks (LRM, RLM, ALM) are invisible too (see <see cref="IsInvisible"/>) but
    /// reorder nothing across them; right-to-left text uses them all the time.
    /// </summary>
    public static bool IsBidiControl(int codePoint) => codePoint is (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069);

    /// <summary>
    /// A character that is not shown, or shown as nothing: every format character (Unicode category Cf, as of
    /// Unicode 15.1: bidi controls and marks, zero-width space and joiners, word joiner, invisible operators, soft
    /// hyphen, byte-order mark, interlinear annotation, tag characters…) and the Hangul fillers, letters that render
    /// as blank space.
    /// </summary>
    public static bool IsInvisible(int codePoint) => codePoint switch
    {
        0x00AD => true,
        >= 0x0600 and <= 0x0605 => true,
        0x061C or 0x06DD or 0x070F or 0x08E2 or 0x180E => true,
        >= 0x0890 and <= 0x0891 => true,
        0x115F or 0x1160 or 0x3164 or 0xFFA0 => true,
        >= 0x200B and <= 0x200F => true,
        >= 0x202A and <= 0x202E => true,
        >= 0x2060 and <= 0x2064 => true,
        >= 0x2066 and <= 0x206F => true,
        0xFEFF => true,
        >= 0xFFF9 and <= 0xFFFB => true,
        0x110BD or 0x110CD or 0xE0001 => true,
        >= 0x13430 and <= 0x1343F => true,
        >= 0x1BCA0 and <= 0x1BCA3 => true,
        >= 0x1D173 and <= 0x1D17A => true,
        >= 0xE0020 and <= 0xE007F => true,
        _ => false,
    };

    /// <summary>The code point at <paramref name="index"/> (a surrogate pair read as one) and how many characters it takes.</summary>
    public static int CodePointAt(string text, int index, out int length)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, text[index + 1]);
        }
        length = 1;
        return c;
    }

    /// <summary>The character's Unicode name, for the bidi controls the archive diagnostics name; null for others.</summary>
    public static string? BidiControlName(char c) => c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        _ => null,
    };

    /// <summary>
    /// The text with every bidirectional control and other invisible character written as its C# escape
    /// (<c>\u202E</c>, <c>\U000E0041</c>): for text shown to people outside generated code, such as diagnostic
    /// messages in build logs and the IDE's error list, where a raw control would reorder or hide what they read.
    /// </summary>
    public static string Reveal(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var codePoint = CodePointAt(text, i, out var length);
            if (IsInvisible(codePoint))
            {
                builder ??= new StringBuilder(text, 0, i, text.Length + 16);
                AppendEscape(builder, codePoint);
            }
            else
            {
                builder?.Append(text, i, length);
            }
            i += length - 1;
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>A code point as its C# escape: <c>\uXXXX</c>, or <c>\UXXXXXXXX</c> beyond the Basic Multilingual Plane.</summary>
    public static void AppendEscape(StringBuilder builder, int codePoint)
    {
        if (codePoint > 0xFFFF) builder.Append("\\U").Append(codePoint.ToString("X8", CultureInfo.InvariantCulture));
        else builder.Append("\\u").Append(codePoint.ToString("X4", CultureInfo.InvariantCulture));
    }
}
