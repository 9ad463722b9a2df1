using System;
using System.Collections.Immutable;
using System.Linq;

namespace AiDigest.Generators.Input;

/// <summary>
/// Lays the archives out in a fixed number of slots, each archive at a place decided by its path alone, so that a
/// page added or removed moves no other archive and the parse step re-runs for that page only.
/// </summary>
/// <remarks>
/// Roslyn matches the entries of an incremental step with the previous run's by position. A driver the IDE keeps sees
/// the same <c>AdditionalText</c> objects from edit to edit, so the compiler's input node knows which files are new.
/// The compiler server's generator cache (<c>enable-generator-cache</c>) instead hands its cached driver new file
/// objects on every build; its input node compares them by reference, and when the number of files changed it
/// marks every old entry removed and every file added, and every file would be parsed again. Behind a
/// <c>Collect</c>, this step lays the archives (compared by content, <see cref="ArchiveInput"/>) out in one list of
/// <see cref="SlotCount"/> positions, so the parse step that follows compares each position with the previous run's
/// and parses only the archives that are new or changed there. The list has empty slots (null) and a length that
/// changes only when the number of archives crosses a power of two, so a file added or removed neither adds entries
/// in the middle of a step's table nor shifts the others. Archives are placed in path order, each in the first free
/// slot from its path's hash: a page added after the others in path order (the growth shape) moves nothing else; a
/// page added before another whose slot it takes, or removed from before one that had to pass it, moves that one
/// (about one page in eight, at most an eighth full). When the length doubles, about half the archives move and are
/// parsed again, once.
/// </remarks>
internal static class ArchiveSlots
{
    /// <summary>The fewest slots of a non-empty list.</summary>
    public const int MinimumSlots = 64;

    /// <summary>The archives in their slots; empty when there is no archive.</summary>
    public static ImmutableArray<ArchiveInput?> Of(ImmutableArray<ArchiveInput> inputs)
    {
        if (inputs.IsDefaultOrEmpty) return ImmutableArray<ArchiveInput?>.Empty;
        var count = SlotCount(inputs.Length);
        var slots = new ArchiveInput?[count];
        foreach (var input in inputs.OrderBy(static input => input.File.Path, StringComparer.Ordinal))
        {
            var slot = (int)(Hash(input.File.Path) & (uint)(count - 1));
            while (slots[slot] is not null) slot = (slot + 1) & (count - 1);
            slots[slot] = input;
        }
        return ImmutableArray.Create(slots);
    }

    /// <summary>A power of two at least eight times the number of archives (at most an eighth full: few collisions, short probes).</summary>
    public static int SlotCount(int archives)
    {
        var count = MinimumSlots;
        while (count / 8 < archives && count < (1 << 30)) count <<= 1;
        return count;
    }

    /// <summary>
    /// FNV-1a over the path's characters, then MurmurHash3's final mix (paths that differ in one digit spread over the
    /// slots): the same in every process, where string hash codes are randomised on .NET.
    /// </summary>
    public static uint Hash(string path)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in path) hash = (hash ^ c) * 16777619u;
            hash ^= hash >> 16;
            hash *= 0x85ebca6bu;
            hash ^= hash >> 13;
            hash *= 0xc2b2ae35u;
            hash ^= hash >> 16;
            return hash;
        }
    }
}
