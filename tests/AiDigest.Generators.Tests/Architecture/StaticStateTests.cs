using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using AiDigest.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace AiDigest.Generators.Tests.Architecture;

/// <summary>
/// No static mutable state in the generator and the analyzer: the compiler runs them on many threads at once, for many
/// projects in one process, for as long as the compiler server lives. Every static field of the assembly, compiler-
/// generated ones included, must be read-only and hold only what is proven immutable.
/// </summary>
/// <remarks>
/// Proven immutable: primitives, enums, strings, delegates, Roslyn's <see cref="DiagnosticDescriptor"/>, the
/// System.Collections.Immutable collections and <see cref="EquatableArray{T}"/> of such items (the latter is the model's
/// own: its array is private and read-only and never handed out, which reflection cannot see but the type's code
/// shows), structs whose fields hold such values, and the assembly's own classes whose instance fields are all
/// read-only and hold such values, checked recursively. Where a field is declared as an interface, an abstract or
/// unsealed class, the object it holds is checked. The one exception the compiler makes for itself: its caches of
/// lambdas and method groups (<c>&lt;&gt;9__…</c>, <c>&lt;&gt;O</c>) are written lazily, always with an equal delegate.
/// </remarks>
[TestClass]
public sealed class StaticStateTests
{
    [TestMethod]
    public void EveryStaticFieldOfTheGeneratorAssemblyIsReadOnlyAndImmutable()
    {
        var assembly = typeof(DigestGenerator).Assembly;

        var problems = MutableStaticState(assembly);

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        var checkedFields = assembly.GetTypes().SelectMany(StaticFields).Count();
        Assert.IsTrue(checkedFields > 60, $"{checkedFields} static fields: the search reaches compiler-generated types and auto-properties too");
    }

    [TestMethod]
    public void TheCheckFindsEveryKindOfMutableStaticState()
    {
        var problems = MutableStaticState(typeof(MutableFixtures).Assembly, typeof(MutableFixtures));

        foreach (var field in new[]
        {
            nameof(MutableFixtures.Counter), nameof(MutableFixtures.List), nameof(MutableFixtures.Array), nameof(MutableFixtures.NullList),
            nameof(MutableFixtures.ArrayOfArrays), nameof(MutableFixtures.Holder), nameof(MutableFixtures.AsInterface), nameof(MutableFixtures.InTuple),
            "<Property>k__BackingField", nameof(MutableFixtures.Dictionary),
        })
        {
            Assert.IsTrue(problems.Any(p => p.Contains("MutableFixtures." + field + ":", StringComparison.Ordinal)), field + " not found in:\n" + string.Join("\n", problems));
        }
        Assert.IsFalse(problems.Any(p => p.Contains("MutableFixtures.Fine", StringComparison.Ordinal)), string.Join("\n", problems));
    }

    /// <summary>One line per static field (of <paramref name="types"/>, else of every type of the assembly) that is not read-only or may hold mutable state.</summary>
    private static List<string> MutableStaticState(Assembly own, params Type[] types)
    {
        var problems = new List<string>();
        foreach (var field in (types.Length > 0 ? types : own.GetTypes()).SelectMany(StaticFields))
        {
            var path = field.DeclaringType!.FullName + "." + field.Name;
            if (!field.IsInitOnly)
            {
                if (!IsCompilerDelegateCache(field)) problems.Add(path + ": not read-only");
                continue;
            }
            var hasValue = !field.DeclaringType.ContainsGenericParameters;
            var problem = Check(own, field.FieldType, hasValue, hasValue ? field.GetValue(null) : null, new HashSet<object>(ReferenceEqualityComparer.Instance));
            if (problem is not null) problems.Add(path + ": " + problem);
        }
        return problems;
    }

    private static IEnumerable<FieldInfo> StaticFields(Type type) =>
        type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Where(f => !f.IsLiteral);

    private static bool IsCompilerDelegateCache(FieldInfo field) =>
        field.DeclaringType!.IsDefined(typeof(CompilerGeneratedAttribute)) && typeof(Delegate).IsAssignableFrom(field.FieldType);

    private static readonly ImmutableHashSet<Type> ImmutableCollections = ImmutableHashSet.Create(
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>),
        typeof(ImmutableDictionary<,>), typeof(ImmutableSortedDictionary<,>), typeof(EquatableArray<>));

    /// <summary>
    /// Why a value of <paramref name="declared"/> type may be mutable, or null when it cannot be. With
    /// <paramref name="hasValue"/>, <paramref name="value"/> is what the field holds, and is checked where the type alone
    /// proves nothing.
    /// </summary>
    private static string? Check(Assembly own, Type declared, bool hasValue, object? value, HashSet<object> visited)
    {
        if (declared.IsPrimitive || declared.IsEnum || declared == typeof(string) || declared == typeof(decimal)) return null;
        if (typeof(Delegate).IsAssignableFrom(declared) || declared == typeof(DiagnosticDescriptor)) return null;
        if (Nullable.GetUnderlyingType(declared) is { } underlying) return Check(own, underlying, hasValue, value, visited);
        if (declared.IsArray) return declared + ": arrays are mutable";
        if (declared.IsGenericParameter) return declared + ": a type parameter proves nothing";

        if (declared.IsGenericType && ImmutableCollections.Contains(declared.GetGenericTypeDefinition()))
        {
            if (hasValue && value is not null)
            {
                foreach (var item in (IEnumerable)value)
                {
                    var problem = Check(own, item?.GetType() ?? typeof(object), true, item, visited);
                    if (problem is not null) return declared.Name + " item: " + problem;
                }
            }
            foreach (var argument in declared.GetGenericArguments())
            {
                var problem = Check(own, argument, false, null, visited);
                if (problem is not null && !(hasValue && value is not null && CanBeProvenByValue(argument))) return declared.Name + ": " + problem;
            }
            return null;
        }

        if (declared.IsValueType) return Fields(own, declared, hasValue, value, visited, requireReadOnly: false);
        var isOwn = declared.Assembly == own || declared.IsDefined(typeof(CompilerGeneratedAttribute));
        if (!isOwn && !declared.IsInterface && declared != typeof(object)) return declared + " is not known to be immutable";

        if (CanBeProvenByValue(declared))
        {
            if (!hasValue) return declared + ": the declared type proves nothing and there is no value to check";
            if (value is null) return null;
            if (value.GetType() != declared) return Check(own, value.GetType(), true, value, visited);
        }
        // Each object once: the walk follows references, which may lead back.
        if (hasValue && value is not null && !visited.Add(value)) return null;
        return Fields(own, declared, hasValue, value, visited, requireReadOnly: true);
    }

    /// <summary>Interfaces, <c>object</c>, abstract and unsealed classes: only the object held shows what it is.</summary>
    private static bool CanBeProvenByValue(Type type) =>
        type.IsInterface || type == typeof(object) || (type.IsClass && (type.IsAbstract || !type.IsSealed));

    /// <summary>A struct's fields (a copy: its own fields need not be read-only) or a class's (each must be read-only), walking up the hierarchy.</summary>
    private static string? Fields(Assembly own, Type type, bool hasValue, object? value, HashSet<object> visited, bool requireReadOnly)
    {
        for (var current = type; current is not null && current != typeof(object) && current != typeof(ValueType); current = current.BaseType)
        {
            if (!current.IsValueType && current.Assembly != own && !current.IsDefined(typeof(CompilerGeneratedAttribute)))
            {
                return current + " is not known to be immutable";
            }
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (requireReadOnly && !field.IsInitOnly) return type.Name + "." + field.Name + " is not read-only";
                var fieldValue = hasValue && value is not null ? field.GetValue(value) : null;
                var problem = Check(own, field.FieldType, hasValue && value is not null, fieldValue, visited);
                if (problem is not null) return type.Name + "." + field.Name + ": " + problem;
            }
        }
        return null;
    }

    /// <summary>Static state the check must find (and one field it must accept).</summary>
    private static class MutableFixtures
    {
        public static int Counter = 1;
        public static readonly List<int> List = new();
        public static readonly int[] Array = { 1 };
        public static readonly List<int>? NullList = null;
        public static readonly ImmutableArray<int[]> ArrayOfArrays = ImmutableArray.Create<int[]>(new[] { 1 });
        public static readonly MutableHolder Holder = new();
        public static readonly IReadOnlyList<int> AsInterface = new[] { 1 };
        public static readonly (string, List<int>) InTuple = ("a", new List<int>());
        public static readonly ImmutableDictionary<string, IReadOnlyList<int>> Dictionary = ImmutableDictionary<string, IReadOnlyList<int>>.Empty.Add("a", new List<int>());
        public static readonly ImmutableArray<(string, int)> Fine = ImmutableArray.Create(("a", 1));

        public static string Property { get; set; } = string.Empty;
    }

    private sealed class MutableHolder
    {
        public int Value = 1;
    }
}
