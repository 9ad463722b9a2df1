using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using AiDigest.Generators.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CodeRefactorings;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.IdeTests;

/// <summary>
/// The package's two assemblies loaded as an IDE loads a package's analyzers: copied to a folder of their own, in
/// an isolated load context that takes Roslyn and the BCL from the host and everything else from that folder. The
/// code fixes must find the generator beside them and nothing else.
/// </summary>
[TestClass]
public sealed class PackageAssemblyLoadingTests
{
    [TestMethod]
    public void TheCodeFixesLoadBesideTheGeneratorInAContextOfTheirOwn()
    {
        var folder = Directory.CreateTempSubdirectory("aidigest-analyzers-").FullName;
        var context = new AnalyzerFolderContext(folder);
        try
        {
            foreach (var type in new[] { typeof(DigestGenerator), typeof(UseSuggestedKeyCodeFix) })
            {
                File.Copy(type.Assembly.Location, Path.Combine(folder, Path.GetFileName(type.Assembly.Location)));
            }

            var codeFixes = context.LoadFromAssemblyPath(Path.Combine(folder, "AiDigest.Generators.CodeFixes.dll"));
            var types = codeFixes.GetTypes();
            var fixer = (CodeFixProvider)Activator.CreateInstance(types.Single(t => typeof(CodeFixProvider).IsAssignableFrom(t)))!;
            var refactoring = (CodeRefactoringProvider)Activator.CreateInstance(types.Single(t => typeof(CodeRefactoringProvider).IsAssignableFrom(t)))!;

            CollectionAssert.AreEqual(new[] { "AIDG0201", "AIDG0202", "AIDG0203", "AIDG0204", "AIDG0205" }, fixer.FixableDiagnosticIds.OrderBy(id => id, StringComparer.Ordinal).ToArray());
            Assert.IsNotNull(refactoring);
            var generator = context.Assemblies.Single(a => a.GetName().Name == "AiDigest.Generators");
            Assert.AreEqual(folder, Path.GetDirectoryName(generator.Location), "the generator beside the code fixes, not the test's copy");
            Assert.AreNotSame(typeof(DigestGenerator).Assembly, generator);

            var reference = new AnalyzerFileReference(Path.Combine(folder, "AiDigest.Generators.dll"), new ContextLoader(context));
            var failures = 0;
            reference.AnalyzerLoadFailed += (_, _) => failures++;
            Assert.AreEqual(1, reference.GetAnalyzers(LanguageNames.CSharp).Length, "the lookup analyzer");
            Assert.AreEqual(1, reference.GetGenerators(LanguageNames.CSharp).Length, "the generator");
            var codeFixReference = new AnalyzerFileReference(Path.Combine(folder, "AiDigest.Generators.CodeFixes.dll"), new ContextLoader(context));
            codeFixReference.AnalyzerLoadFailed += (_, _) => failures++;
            Assert.AreEqual(0, codeFixReference.GetAnalyzersForAllLanguages().Length + codeFixReference.GetGeneratorsForAllLanguages().Length, "no analyzer where the compiler would need Workspaces");
            Assert.AreEqual(0, failures);
        }
        finally
        {
            context.Unload();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (UnauthorizedAccessException)
            {
                // The files may stay mapped until the context is collected; the temporary folder is harmless.
            }
        }
    }

    /// <summary>Roslyn, the BCL and MEF from the host; the package's own assemblies from their folder.</summary>
    private sealed class AnalyzerFolderContext(string folder) : AssemblyLoadContext("aidigest-analyzers", isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }

    private sealed class ContextLoader(AssemblyLoadContext context) : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) =>
            context.Assemblies.FirstOrDefault(a => string.Equals(a.Location, fullPath, StringComparison.Ordinal)) ?? context.LoadFromAssemblyPath(fullPath);
    }
}
