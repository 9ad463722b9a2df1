using System;
using System.Collections.Concurrent;
using System.IO;
using AiDigest.Generators.ScaleFixture;

namespace AiDigest.Generators.Benchmarks;

/// <summary>The seed and its synthetic N-page versions, made once per process.</summary>
internal static class Archives
{
    private static readonly ConcurrentDictionary<int, string> Pages = new();

    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "seeds", "000_8b386abc4c2cc943.txt");

    public static string Seed => File.ReadAllText(SeedPath);

    public static string OfPages(int pages) => Pages.GetOrAdd(pages, n => n == 1 ? Seed : ScaleArchive.Synthesize(Seed, n));
}
