using System.Runtime.CompilerServices;

namespace AiDigest.Generators.Text;

/// <summary>
/// <c>MethodImplOptions.AggressiveOptimization</c> (.NET Core 3.0+; netstandard2.0 lacks the name, not the
/// value). The compiler loads generators afresh, so the parser would otherwise run as unoptimised tier-0 code for
/// most of a large archive: measured, twice as slow. .NET Framework's JIT, which has no tiers, ignores the flag.
/// </summary>
internal static class Hot
{
    public const MethodImplOptions Path = (MethodImplOptions)512;
}
