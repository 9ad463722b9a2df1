using System;
using System.Collections.Generic;
using System.Threading;
using AiDigest.Generators.ScaleFixture;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.Benchmarks;

/// <summary>An archive that grows one file per page: N one-page files, as the package declares them (embedded as resources).</summary>
internal static class GrowthArchives
{
    /// <summary>Pages 1 to <paramref name="files"/>, one in-memory file each.</summary>
    public static AdditionalText[] Files(int files)
    {
        var texts = new AdditionalText[files];
        for (var i = 0; i < files; i++) texts[i] = Page(i + 1);
        return texts;
    }

    /// <summary>One page as the file <c>seeds/page-NNN.txt</c>.</summary>
    public static AdditionalText Page(int page, string? text = null) =>
        new MemoryText($"/bench/seeds/page-{page:D3}.txt", text ?? ScaleArchive.Page(Archives.Seed, page));

    /// <summary>Every file declared with <c>&lt;AiDigestArchive&gt;</c>, so its texts are read from its embedded resource.</summary>
    public static AnalyzerConfigOptionsProvider Embedded { get; } = new EmbeddedOptions();

    private sealed class EmbeddedOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.AiDigestArchive"] = "true",
            ["build_metadata.AdditionalFiles.AiDigestResource"] = "AiDigest.Archive." + System.IO.Path.GetFileName(textFile.Path),
        });

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}

/// <summary>An archive file held in memory, decoded once, as the compiler holds an AdditionalFile.</summary>
internal sealed class MemoryText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
