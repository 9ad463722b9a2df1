using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// One field of a generated record: the property consumers see, how the table writer writes its value, and the C#
/// expression the generated reader reads it back with. A record's fields are written and read in the order its
/// <see cref="RecordSchema{TRow}"/> lists them, so writer and reader cannot disagree on order; each encoding below
/// pairs one way of writing with the one way of reading it.
/// </summary>
/// <typeparam name="TRow">What the writer takes the value from.</typeparam>
internal abstract class Field<TRow> : IField
{
    protected Field(string name, string doc)
    {
        Name = name;
        Doc = doc;
    }

    public string Name { get; }

    public string Doc { get; }

    /// <summary>The local (and constructor parameter) the reader reads the value into: the name in camel case.</summary>
    public string Local => Escape(char.ToLowerInvariant(Name[0]) + Name.Substring(1));

    public virtual bool IsProperty => true;

    public virtual bool IsLazyText => false;

    public virtual IEnumerable<IRecordSchema> Children => Array.Empty<IRecordSchema>();

    public abstract string PropertyType(EmitOptions options);

    /// <summary>The type the reader holds the value in (the constructor parameter's type): the property's, but for a lazy text.</summary>
    public virtual string StoredType(EmitOptions options) => PropertyType(options);

    /// <summary>The expression that reads the value: <c>this.reader</c> is the table, earlier fields are locals, context values are parameters.</summary>
    public abstract string ReadExpression(EmitOptions options);

    public abstract void Write(TableWriter table, TRow row);

    private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name;
}

/// <summary>A field as the type and reader emitters see it, whatever it is read from.</summary>
internal interface IField
{
    string Name { get; }

    string Doc { get; }

    string Local { get; }

    /// <summary>Whether the record's type has a property for it; a field that is not one is read only for what follows it.</summary>
    bool IsProperty { get; }

    /// <summary>A text read only when first asked for (see <c>Runtime/LazyText.cs</c>): the property reads the stored <c>LazyText</c>.</summary>
    bool IsLazyText { get; }

    /// <summary>The records this field holds, whose types and readers are emitted too.</summary>
    IEnumerable<IRecordSchema> Children { get; }

    string PropertyType(EmitOptions options);

    string StoredType(EmitOptions options);

    string ReadExpression(EmitOptions options);
}

/// <summary>The encodings of fields: each a pair of a table write and the read expression that undoes it.</summary>
internal static class Fields
{
    private const string ListType = "global::System.Collections.Generic.IReadOnlyList";

    public static string ListOf(string type) => ListType + "<" + type + ">";

    /// <summary>A non-negative integer.</summary>
    public static Field<TRow> Int<TRow>(string name, string doc, Func<TRow, int> value) =>
        new Paired<TRow>(name, doc, _ => "int", _ => "this.reader.Int()", (table, row) => table.Int(value(row)));

    /// <summary>A non-negative integer that may be absent (null).</summary>
    public static Field<TRow> OptionalInt<TRow>(string name, string doc, Func<TRow, int?> value) =>
        new Paired<TRow>(name, doc, _ => "int?", _ => "this.reader.OptionalInt()", (table, row) => table.OptionalInt(value(row)));

    /// <summary>A string that may be absent (null).</summary>
    public static Field<TRow> OptionalString<TRow>(string name, string doc, Func<TRow, string?> value) =>
        new Paired<TRow>(name, doc, options => options.Nullable("string"), _ => "this.reader.String()", (table, row) => table.String(value(row)));

    /// <summary>A string that is always there.</summary>
    public static Field<TRow> String<TRow>(string name, string doc, Func<TRow, string> value) =>
        new Paired<TRow>(name, doc, _ => "string", _ => "this.reader.RequiredString()", (table, row) => table.String(value(row)));

    /// <summary>A value of an enum the generated code declares with the same names and values (see <c>DigestTypesEmitter</c>).</summary>
    public static Field<TRow> Enum<TRow, TEnum>(string name, string doc, Func<TRow, TEnum> value)
        where TEnum : struct, Enum =>
        new Paired<TRow>(name, doc, _ => typeof(TEnum).Name, _ => "(" + typeof(TEnum).Name + ")this.reader.Int()",
            (table, row) => table.Int(Convert.ToInt32(value(row), System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A list of strings, none of them null.</summary>
    public static Field<TRow> Strings<TRow>(string name, string doc, Func<TRow, IReadOnlyList<string>> value) =>
        new Paired<TRow>(name, doc, _ => ListOf("string"), _ => "Runtime.ReadOnlyLists.Of(this.reader.Strings())", (table, row) =>
        {
            var strings = value(row);
            table.Int(strings.Count);
            foreach (var item in strings) table.String(item);
        });

    /// <summary>A list of records, each read by its own reader with <paramref name="contextArguments"/> (locals of this record's reader).</summary>
    public static Field<TRow> Records<TRow, TChild>(string name, string doc, RecordSchema<TChild> child, Func<TRow, IReadOnlyList<TChild>> rows, string contextArguments = "") =>
        new RecordList<TRow, TChild>(name, doc, child, rows, contextArguments, asList: true);

    /// <summary>An array of records, for the storage's own use (not a property).</summary>
    public static Field<TRow> RecordArray<TRow, TChild>(string name, RecordSchema<TChild> child, Func<TRow, IReadOnlyList<TChild>> rows) =>
        new RecordList<TRow, TChild>(name, string.Empty, child, rows, string.Empty, asList: false);

    /// <summary>A body text, stored as its <see cref="TextStorage"/> says; read only when first asked for. Needs a local or parameter <c>source</c>.</summary>
    public static Field<TRow> Text<TRow>(string name, string doc, Func<TRow, StoredText> value) => new LazyTextField<TRow>(name, doc, value);

    /// <summary>A value the record's reader is given (a parameter of its reader), not stored with the record.</summary>
    public static Field<TRow> FromContext<TRow>(string name, string doc, string type, string parameter) =>
        new Paired<TRow>(name, doc, _ => type, _ => parameter, (_, _) => { });

    /// <summary>A property of a type the generated code builds itself (a search hit), never stored.</summary>
    public static Field<TRow> Constructed<TRow>(string name, string doc, Func<EmitOptions, string> type) =>
        new Paired<TRow>(name, doc, type, _ => "default", (_, _) => { });

    /// <summary>Any other pairing of a write and a read; keep the two next to each other.</summary>
    public static Field<TRow> Custom<TRow>(string name, string doc, string type, string read, Action<TableWriter, TRow> write) =>
        new Paired<TRow>(name, doc, _ => type, _ => read, write);

    /// <summary>A value stored with the record and read into a local for the fields after it, but no property of the type.</summary>
    public static Field<TRow> Hidden<TRow>(string name, Func<EmitOptions, string> type, Func<EmitOptions, string> read, Action<TableWriter, TRow> write) =>
        new Paired<TRow>(name, string.Empty, type, read, write, isProperty: false);

    // Plain readonly fields rather than primary constructors: a captured parameter is a mutable field, and these
    // objects live in DatasetSchema's static fields, which must hold nothing mutable.
    private sealed class Paired<TRow> : Field<TRow>
    {
        private readonly Func<EmitOptions, string> _type;
        private readonly Func<EmitOptions, string> _read;
        private readonly Action<TableWriter, TRow> _write;
        private readonly bool _isProperty;

        public Paired(string name, string doc, Func<EmitOptions, string> type, Func<EmitOptions, string> read, Action<TableWriter, TRow> write, bool isProperty = true)
            : base(name, doc)
        {
            _type = type;
            _read = read;
            _write = write;
            _isProperty = isProperty;
        }

        public override bool IsProperty => _isProperty;

        public override string PropertyType(EmitOptions options) => _type(options);

        public override string ReadExpression(EmitOptions options) => _read(options);

        public override void Write(TableWriter table, TRow row) => _write(table, row);
    }

    private sealed class RecordList<TRow, TChild> : Field<TRow>
    {
        private readonly RecordSchema<TChild> _child;
        private readonly Func<TRow, IReadOnlyList<TChild>> _rows;
        private readonly string _contextArguments;
        private readonly bool _asList;

        public RecordList(string name, string doc, RecordSchema<TChild> child, Func<TRow, IReadOnlyList<TChild>> rows, string contextArguments, bool asList)
            : base(name, doc)
        {
            _child = child;
            _rows = rows;
            _contextArguments = contextArguments;
            _asList = asList;
        }

        public override bool IsProperty => _asList;

        public override IEnumerable<IRecordSchema> Children => new IRecordSchema[] { _child };

        public override string PropertyType(EmitOptions options) => _asList ? ListOf(_child.Name) : _child.Name + "[]";

        public override string ReadExpression(EmitOptions options)
        {
            var array = "this.reader.Array(() => this." + _child.ReaderMethod + "(" + _contextArguments + "))";
            return _asList ? "Runtime.ReadOnlyLists.Of(" + array + ")" : array;
        }

        public override void Write(TableWriter table, TRow row)
        {
            var items = _rows(row);
            table.Int(items.Count);
            foreach (var item in items) _child.Write(table, item);
        }
    }

    private sealed class LazyTextField<TRow> : Field<TRow>
    {
        private readonly Func<TRow, StoredText> _value;

        public LazyTextField(string name, string doc, Func<TRow, StoredText> value)
            : base(name, doc)
        {
            _value = value;
        }

        public override bool IsLazyText => true;

        public override string PropertyType(EmitOptions options) => "string";

        public override string StoredType(EmitOptions options) => "Runtime.LazyText";

        public override string ReadExpression(EmitOptions options) => "this.reader.Text(source)";

        public override void Write(TableWriter table, TRow row) => _value(row).Write(table);
    }
}
