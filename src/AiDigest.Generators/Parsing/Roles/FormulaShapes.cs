using System;
using AiDigest.Generators.Parsing.Lines;
using AiDigest.Generators.Text;

namespace AiDigest.Generators.Parsing.Roles;

/// <summary>
/// What a formula looks like when a page flattens it onto a line of its own: no CJK text, made mostly of operators,
/// Greek letters and identifiers of mathematics (one or two letters, subscripted names, <c>log</c>, <c>softmax</c>):
/// <c>L = -log p(x)</c>, <c>s(x) = ∇_x log p(x)</c>, <c>q(x_t | x_{t-1}) = N(…)</c>. Such a line is a displayed equation of
/// the running text: never a heading, a caption or code. LaTeX kept as source (<c>$$ … $$</c>, <c>\begin{…}</c>) is code
/// in LaTeX, as the pages' keys read it (<see cref="CodeShapes"/>).
/// </summary>
internal static class FormulaShapes
{
    /// <summary>Symbols only mathematics writes: roots, nabla, sums, integrals, relations, arrows, norms, superscript digits.</summary>
    private const string MathSymbols = "√∇∑∏∫∂∞≈≠≤≥∝∈∉⊂⊆∪∩→←↦⇒⟨⟩‖·×÷±∓²³¹⁰ⁿ⁻⁺′∼≡∀∃∅ℝ⊤⊙⊗∘";

    /// <summary>Operators that join the terms of a formula.</summary>
    private const string Operators = "=<>~+-*/^|";

    /// <summary><c>$$\hat{A}_t = …$$</c> or <c>\[ … \]</c>: a LaTeX display opened and closed on one line.</summary>
    public static bool IsOneLineDisplay(string t) =>
        t.Length > 4 && ((t.StartsWith("$$", StringComparison.Ordinal) && t.EndsWith("$$", StringComparison.Ordinal))
            || (t.StartsWith("\\[", StringComparison.Ordinal) && t.EndsWith("\\]", StringComparison.Ordinal)));

    /// <summary>
    /// Whether the trimmed line <paramref name="trimmed"/> is a flattened formula: no CJK characters (full-width
    /// punctuation allowed), no string literal, member access or statement end of code, no URL; a sign of mathematics
    /// (a Greek letter, a mathematical symbol, a sub- or superscript, a function of mathematics or a one-letter
    /// function <c>p(x)</c>) and an operator; and at most two of its identifiers, and at most a third, are words rather than
    /// identifiers of mathematics.
    /// </summary>
    public static bool IsFormula(string trimmed)
    {
        if (trimmed.Length < 3 || TextShapes.ContainsCjk(trimmed)) return false;
        var t = CharacterFold.Key(trimmed);
        if (LineShapes.IsBullet(t) || t.IndexOf("://", StringComparison.Ordinal) >= 0) return false;
        if (t.IndexOf('"') >= 0 || t.IndexOf("::", StringComparison.Ordinal) >= 0 || t.IndexOf("==", StringComparison.Ordinal) >= 0 || t.IndexOf(":=", StringComparison.Ordinal) >= 0) return false;
        var last = t[t.Length - 1];
        if (last is ';' or '{' or ':' or ',' or '.' || t[0] is '#' or '$' or '@' or '>' or '[' or '/' || CodeEvidence.HasMemberAccess(t)) return false;

        var sign = false;
        var operators = false;
        var identifiers = 0;
        var words = 0;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (IsGreek(c) || MathSymbols.IndexOf(c) >= 0)
            {
                sign = true;
                if (!IsGreek(c)) operators = true;
            }
            if (Operators.IndexOf(c) >= 0) operators = true;
            if (c is '^' || (c == '_' && IsSubscript(t, i))) sign = true;
            if (!IsLetter(c) || (i > 0 && (IsLetter(t[i - 1]) || char.IsDigit(t[i - 1])))) continue;

            // An identifier: a run of letters and digits.
            var end = i;
            while (end < t.Length && (IsLetter(t[end]) || char.IsDigit(t[end]))) end++;
            var name = t.Substring(i, end - i);
            identifiers++;
            var before = i > 0 ? t[i - 1] : ' ';
            var after = end < t.Length ? t[end] : ' ';
            int letters = 0, capitals = 0;
            foreach (var ch in name)
            {
                if (IsLetter(ch)) letters++;
                if (ch is >= 'A' and <= 'Z') capitals++;
            }

            // One letter (x, p, N) or two that are not an abbreviation (dx, εT; but RL, AI), with at most two digits (x0, but H100).
            var symbol = (letters == 1 || (letters == 2 && capitals < 2)) && name.Length - letters <= 2;
            var mathematical = symbol || IsGreek(name[0]) || before is '^' or '\\' || after == '^'
                || (before == '_' && IsSubscript(t, i - 1)) || (after == '_' && IsSubscript(t, end)) || Vocabulary.Code.MathFunctions.Contains(name);
            if (Vocabulary.Code.MathFunctions.Contains(name) || (letters == 1 && after == '(')) sign = true;
            if (!mathematical) words++;
            i = end - 1;
        }
        return sign && operators && identifiers > 0 && words <= 2 && words * 3 <= identifiers;
    }

    /// <summary>
    /// Whether the <c>_</c> at <paramref name="underscore"/> writes a subscript (<c>x_t</c>, <c>L_simple</c>, <c>head_1</c>,
    /// <c>x_{t-1}</c>) rather than joining the words of a name (<c>OPENAI_API_KEY</c>, <c>in_features</c>): the name before
    /// it is one or two letters or Greek, or what follows is one character or a brace.
    /// </summary>
    private static bool IsSubscript(string t, int underscore)
    {
        var start = underscore;
        while (start > 0 && (IsLetter(t[start - 1]) || char.IsDigit(t[start - 1]))) start--;
        if (start == underscore) return false;
        if (underscore - start <= 2 || IsGreek(t[start])) return true;
        var end = underscore + 1;
        if (end < t.Length && t[end] == '{') return true;
        while (end < t.Length && (IsLetter(t[end]) || char.IsDigit(t[end]))) end++;
        return end - underscore - 1 == 1;
    }

    private static bool IsGreek(char c) => c is >= '\u0391' and <= '\u03C9' || c is >= '\u1F00' and <= '\u1FFF' || c is '\u03D5' or '\u03F5' or '\u03D1';

    private static bool IsLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' || IsGreek(c);
}
