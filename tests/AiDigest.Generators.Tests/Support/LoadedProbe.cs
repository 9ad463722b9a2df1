using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace AiDigest.Generators.Tests.Support;

/// <summary>A consumer compilation emitted and loaded once, so a test class can call many of its <c>Probe</c> methods.</summary>
internal sealed class LoadedProbe : IDisposable
{
    private readonly AssemblyLoadContext _context;

    public LoadedProbe(Compilation output)
    {
        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success) throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        _context = new AssemblyLoadContext("probe-" + Guid.NewGuid(), isCollectible: true);
        Assembly = _context.LoadFromStream(stream);
    }

    public Assembly Assembly { get; }

    /// <summary>Calls a public static method of <c>Probe</c>.</summary>
    public object? Call(string method, params object?[] arguments) =>
        Assembly.GetType("Probe", throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);

    public string Text(string method, params object?[] arguments) => (string)Call(method, arguments)!;

    /// <summary>Calls a private static method of a generated type (<c>AiDigest.PaperCatalog.NormalizeArxivId</c>).</summary>
    public object? CallPrivate(string type, string method, params object?[] arguments) =>
        Assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, arguments);

    public void Dispose() => _context.Unload();
}
