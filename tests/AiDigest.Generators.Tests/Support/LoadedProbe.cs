using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace AiDigest.Generators.Tests.Support;

/// <summary>A consumer compilation emitted and loaded once, so a test class can call many of its <c>Probe</c> methods.</summary>
internal sealed class LoadedProbe : IDisposable
{
    private readonly AssemblyLoadContext _context;

    /// <param name="output">The consumer compilation with the generated code in it.</param>
    /// <param name="resources">Manifest resources to embed, by name (the package's targets embed archives so).</param>
    public LoadedProbe(Compilation output, params (string Name, byte[] Bytes)[] resources)
    {
        using var stream = new MemoryStream();
        var descriptions = new ResourceDescription[resources.Length];
        for (var i = 0; i < resources.Length; i++)
        {
            var bytes = resources[i].Bytes;
            descriptions[i] = new ResourceDescription(resources[i].Name, () => new MemoryStream(bytes), isPublic: true);
        }
        var emit = output.Emit(stream, manifestResources: descriptions);
        if (!emit.Success) throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        _context = new AssemblyLoadContext("probe-" + Guid.NewGuid(), isCollectible: true);
        Assembly = _context.LoadFromStream(stream);
    }

    public Assembly Assembly { get; }

    /// <summary>The seed run through the generator with <paramref name="consumer"/> as the project's code, compiled (without a problem) and loaded.</summary>
    public static LoadedProbe ForSeed(string consumer)
    {
        var harness = new GeneratorHarness { Consumer = consumer }.WithArchive("/repo/seeds/" + TestArchive.SeedFileName, TestArchive.SeedText);
        var (_, output, _) = harness.Run();
        var problems = GeneratorHarness.CompileProblems(output);
        if (problems.Count > 0) throw new InvalidOperationException("The generated code does not compile:\n" + string.Join("\n", problems.Take(10)));
        return new LoadedProbe(output);
    }

    /// <summary>Calls a public static method of <c>Probe</c>.</summary>
    public object? Call(string method, params object?[] arguments) =>
        Assembly.GetType("Probe", throwOnError: true)!.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);

    public string Text(string method, params object?[] arguments) => (string)Call(method, arguments)!;

    /// <summary>Calls a private static method of a generated type (<c>AiDigest.PaperCatalog.NormalizeArxivId</c>).</summary>
    public object? CallPrivate(string type, string method, params object?[] arguments) =>
        Assembly.GetType(type, throwOnError: true)!.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, arguments);

    public void Dispose() => _context.Unload();
}
