using System.Collections.Generic;
using System.Text;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// Encodes the dataset as two string literals the generated code decodes once at run time: <see cref="Table"/>, a
/// stream of non-negative integers, and <see cref="Pool"/>, every distinct string once. Two literals compile in
/// a moment whatever the archive's size, where one <c>new</c> expression per record would cost seconds per
/// megabyte of archive.
/// </summary>
/// <remarks>
/// An integer is written in base 8192, least significant digit first, each digit as one character
/// <c>U+4E00 + digit</c>, plus 8192 when more digits follow: every character is a printable CJK ideograph, so the
/// literal needs no escapes, and numbers below 8192 (counts, lines, most indexes) take one character.
/// A string is written as (offset + 1, length) into the pool; null as 0. <c>Runtime/TableReader.cs</c> reads both.
/// </remarks>
internal sealed class TableWriter
{
    private const int DigitBits = Runtime.TableReader.DigitBits;
    private const char Zero = Runtime.TableReader.Zero;

    private readonly StringBuilder _table = new();

    // The pool as the strings it is made of: it is written out once, escaped, straight into the generated file.
    private readonly List<string> _poolParts = new();
    private int _poolLength;
    private readonly Dictionary<string, int> _pooled = new(System.StringComparer.Ordinal);

    /// <summary>The characters of both literals, without making them strings.</summary>
    public int Length => _table.Length + _poolLength;

    /// <summary>The table as a C# literal, written into <paramref name="target"/>: its digits are CJK ideographs, which need no escape.</summary>
    public void AppendTableLiteral(StringBuilder target)
    {
        target.Append('"');
        var buffer = new char[System.Math.Min(_table.Length, 8192)];
        for (var start = 0; start < _table.Length; start += buffer.Length)
        {
            var count = System.Math.Min(buffer.Length, _table.Length - start);
            _table.CopyTo(start, buffer, 0, count);
            target.Append(buffer, 0, count);
        }
        target.Append('"');
    }

    /// <summary>The pool as a C# literal, written into <paramref name="target"/>.</summary>
    public void AppendPoolLiteral(StringBuilder target) => CSharpLiteral.AppendString(target, _poolParts);

    public void Int(int value)
    {
        var remaining = (uint)value;
        while (true)
        {
            var digit = remaining & ((1u << DigitBits) - 1);
            remaining >>= DigitBits;
            _table.Append((char)(Zero + digit + (remaining != 0 ? 1u << DigitBits : 0u)));
            if (remaining == 0) return;
        }
    }

    /// <summary>A non-negative integer that may be absent (see the reader's <c>OptionalInt</c>).</summary>
    public void OptionalInt(int? value) => Int(value is { } present ? present + 1 : 0);

    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }
        Int(PoolOffset(value) + 1);
        Int(value.Length);
    }

    /// <summary>Where <paramref name="value"/> starts in the pool, adding it the first time.</summary>
    public int PoolOffset(string value)
    {
        if (_pooled.TryGetValue(value, out var offset)) return offset;
        offset = _poolLength;
        _poolParts.Add(value);
        _poolLength += value.Length;
        _pooled.Add(value, offset);
        return offset;
    }

    public void Ints(IReadOnlyList<int> values)
    {
        Int(values.Count);
        foreach (var value in values) Int(value);
    }

    /// <summary>Growing integers (line numbers), each as its difference from the one before: a character or two each.</summary>
    public void Deltas(IReadOnlyList<int> values)
    {
        Int(values.Count);
        var previous = 0;
        foreach (var value in values)
        {
            Int(value - previous);
            previous = value;
        }
    }
}
