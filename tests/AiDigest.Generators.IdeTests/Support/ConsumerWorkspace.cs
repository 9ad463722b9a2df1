using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using AiDigest.Generators.Analyzer;
using AiDigest.Generators.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace AiDigest.Generators.IdeTests.Support;

/// <summary>
/// A consumer project as an IDE holds it: an <see cref="AdhocWorkspace"/> on Roslyn's MEF host with the Features
/// assemblies (completion, Quick Info, navigation), C# sources, the seed archive as an additional document, the
/// archive's item metadata and the options in the analyzer config document MSBuild generates
/// (<c>*.GeneratedMSBuildEditorConfig.editorconfig</c>), and the package's two assemblies as analyzer file references.
/// </summary>
internal sealed class ConsumerWorkspace : IDisposable
{
    public const string SeedFileName = "000_8b386abc4c2cc943.txt";

    /// <summary>Composing the host is what costs (about a second): one for every test.</summary>
    private static readonly Lazy<MefHostServices> SharedHost = new(() => MefHostServices.Create(MefHostServices.DefaultAssemblies));

    private static readonly IAnalyzerAssemblyLoader Loader = new LoadedAssemblyLoader();

    public static string SeedText { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", SeedFileName));

    public AdhocWorkspace Workspace { get; } = new(SharedHost.Value);

    public Solution Solution => Workspace.CurrentSolution;

    /// <summary>
    /// Adds a project named <paramref name="name"/> with one source file <c>Program.cs</c> holding
    /// <paramref name="code"/>, the seed (or <paramref name="archive"/>) under <c>seeds/</c>, and the MSBuild properties
    /// the package makes compiler-visible (unset ones empty, as MSBuild writes them).
    /// </summary>
    public ConsumerProject AddProject(string name, string code, IReadOnlyDictionary<string, string>? properties = null, string? archive = null)
    {
        var directory = "/consumers/" + name + "/";
        var projectId = ProjectId.CreateNewId(name);
        var codeId = DocumentId.CreateNewId(projectId, "Program.cs");
        var archiveId = DocumentId.CreateNewId(projectId, SeedFileName);
        var archivePath = directory + "seeds/" + SeedFileName;
        var info = ProjectInfo.Create(
                projectId, VersionStamp.Create(), name, name, LanguageNames.CSharp, filePath: directory + name + ".csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
                metadataReferences: Basic.Reference.Assemblies.Net100.References.All,
                analyzerReferences: new[] { Reference(typeof(DigestLookupAnalyzer)), Reference(typeof(UseSuggestedKeyCodeFix)) })
            .WithDocuments(new[] { Document(codeId, "Program.cs", directory + "Program.cs", code) })
            .WithAdditionalDocuments(new[] { Document(archiveId, SeedFileName, archivePath, archive ?? SeedText) })
            .WithAnalyzerConfigDocuments(new[]
            {
                Document(DocumentId.CreateNewId(projectId), name + ".GeneratedMSBuildEditorConfig.editorconfig",
                    directory + "obj/" + name + ".GeneratedMSBuildEditorConfig.editorconfig", EditorConfig(archivePath, properties)),
            });
        var solution = Workspace.CurrentSolution.AddProject(info);
        if (!Workspace.TryApplyChanges(solution)) throw new InvalidOperationException("The workspace refused the project.");
        return new ConsumerProject(this, projectId, codeId, archiveId);
    }

    public void Dispose() => Workspace.Dispose();

    /// <summary>The assembly of <paramref name="type"/> as the IDE loads a package's analyzer: a file reference.</summary>
    private static AnalyzerFileReference Reference(Type type) => new(type.Assembly.Location, Loader);

    private static DocumentInfo Document(DocumentId id, string name, string path, string text) =>
        DocumentInfo.Create(id, name, loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text, Encoding.UTF8), VersionStamp.Create(), path)), filePath: path);

    /// <summary>What MSBuild writes for the package's compiler-visible properties and item metadata.</summary>
    private static string EditorConfig(string archivePath, IReadOnlyDictionary<string, string>? properties)
    {
        var text = new StringBuilder("is_global = true\n");
        foreach (var property in new[] { "AiDigestNamespace", "AiDigestClassName", "AiDigestAccessibility", "AiDigestNamedMembers" })
        {
            text.Append("build_property.").Append(property).Append(" = ")
                .Append(properties is not null && properties.TryGetValue(property, out var value) ? value : string.Empty).Append('\n');
        }
        text.Append('\n').Append('[').Append(archivePath).Append("]\n")
            .Append("build_metadata.AdditionalFiles.AiDigestArchive = true\n")
            .Append("build_metadata.AdditionalFiles.AiDigestArchiveName = \n")
            .Append("build_metadata.AdditionalFiles.AiDigestResource = \n");
        return text.ToString();
    }

    /// <summary>The test process has the package's assemblies loaded already (project references): the IDE's loader would load the same files.</summary>
    private sealed class LoadedAssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && string.Equals(a.Location, fullPath, StringComparison.Ordinal))
            ?? Assembly.LoadFrom(fullPath);
    }
}

/// <summary>One consumer project of a <see cref="ConsumerWorkspace"/>: its source file and its archive.</summary>
internal sealed record ConsumerProject(ConsumerWorkspace Owner, ProjectId ProjectId, DocumentId CodeId, DocumentId ArchiveId)
{
    public Project Project => Owner.Solution.GetProject(ProjectId)!;

    public Document Code => Owner.Solution.GetDocument(CodeId)!;

    public async Task<string> CodeText() => (await Code.GetTextAsync()).ToString();

    /// <summary>Adds another C# source file to the project.</summary>
    public DocumentId AddDocument(string name, string code)
    {
        var id = DocumentId.CreateNewId(ProjectId, name);
        var solution = Owner.Solution.AddDocument(id, name, SourceText.From(code, Encoding.UTF8), filePath: "/consumers/" + Project.Name + "/" + name);
        if (!Owner.Workspace.TryApplyChanges(solution)) throw new InvalidOperationException("The workspace refused the document.");
        return id;
    }

    public async Task<string> TextOf(DocumentId document) => (await Owner.Solution.GetDocument(document)!.GetTextAsync()).ToString();

    /// <summary>Replaces a document's text the way an editor does: a new solution applied to the workspace.</summary>
    public void Edit(DocumentId document, string text)
    {
        var solution = Owner.Solution;
        solution = document == ArchiveId
            ? solution.WithAdditionalDocumentText(document, SourceText.From(text, Encoding.UTF8))
            : solution.WithDocumentText(document, SourceText.From(text, Encoding.UTF8));
        if (!Owner.Workspace.TryApplyChanges(solution)) throw new InvalidOperationException("The workspace refused the edit.");
    }

    /// <summary>The position just after the first occurrence of <paramref name="marker"/> in the source file.</summary>
    public async Task<int> After(string marker)
    {
        var text = await CodeText();
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        if (index < 0) throw new ArgumentException("Not in the source: " + marker, nameof(marker));
        return index + marker.Length;
    }

    /// <summary>The position of the first occurrence of <paramref name="marker"/> in the source file.</summary>
    public async Task<int> At(string marker) => await After(marker) - marker.Length;

    /// <summary>The lookup analyzer's diagnostics for the source file, through the IDE's analyzer path (<see cref="IdeServices.AnalyzerDiagnostics"/>).</summary>
    public Task<ImmutableArray<Diagnostic>> AnalyzerDiagnostics() => IdeServices.AnalyzerDiagnostics(Code);
}
