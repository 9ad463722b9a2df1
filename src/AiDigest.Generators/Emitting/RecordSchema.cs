using System.Collections.Generic;
using System.Collections.Immutable;

namespace AiDigest.Generators.Emitting;

/// <summary>
/// A generated record: its name and documentation, the parameters its reader is given, and its fields in order.
/// The type's properties and constructor, the table writer and the generated reader all follow this one list.
/// </summary>
/// <typeparam name="TRow">What the table writer takes the record's values from.</typeparam>
internal sealed class RecordSchema<TRow> : IRecordSchema
{
    /// <param name="name">The generated type's name.</param>
    /// <param name="context">Parameters of the record's reader (type, with <c>?</c> where it may be null, and name), for fields read from the context rather than from the table.</param>
    public RecordSchema(string name, string doc, string debuggerDisplay, ImmutableArray<(string Type, string Name)> context, params Field<TRow>[] fields)
    {
        Name = name;
        Doc = doc;
        DebuggerDisplay = debuggerDisplay;
        Context = context;
        Fields = ImmutableArray.Create(fields);
    }

    public string Name { get; }

    public string Doc { get; }

    public string DebuggerDisplay { get; }

    public ImmutableArray<(string Type, string Name)> Context { get; }

    public ImmutableArray<Field<TRow>> Fields { get; }

    IReadOnlyList<IField> IRecordSchema.Fields => Fields.CastArray<IField>();

    public string ReaderMethod => "Read" + Name;

    /// <summary>Writes the record's fields, in order.</summary>
    public void Write(TableWriter table, TRow row)
    {
        foreach (var field in Fields) field.Write(table, row);
    }
}

/// <summary>A record as the type and reader emitters see it.</summary>
internal interface IRecordSchema
{
    string Name { get; }

    string Doc { get; }

    string DebuggerDisplay { get; }

    ImmutableArray<(string Type, string Name)> Context { get; }

    IReadOnlyList<IField> Fields { get; }

    string ReaderMethod { get; }
}
