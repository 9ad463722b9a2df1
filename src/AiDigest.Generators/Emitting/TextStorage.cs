using AiDigest.Generators.Model;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// The one place that decides how long archive text (article and section bodies) is stored in the generated
/// assembly. Emitters ask it for an expression that yields the text and let it add the members it needs, so the
/// storage can change (string literals today) without touching what reads it.
/// </summary>
internal abstract class TextStorage
{
    /// <summary>The storage suited to a dataset.</summary>
    public static TextStorage For(Dataset dataset) => new LiteralTextStorage();

    /// <summary>A C# expression of type <c>string</c> that evaluates to <paramref name="text"/>.</summary>
    public abstract string Expression(string text);

    /// <summary>Members of the storage class the expressions rely on.</summary>
    public abstract void WriteMembers(CodeWriter writer);

    /// <summary>Each text as an ordinary string literal: simplest, and fine while archives are small.</summary>
    private sealed class LiteralTextStorage : TextStorage
    {
        public override string Expression(string text) => CSharpLiteral.String(text);

        public override void WriteMembers(CodeWriter writer)
        {
        }
    }
}
