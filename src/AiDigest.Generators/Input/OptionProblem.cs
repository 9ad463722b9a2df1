namespace AiDigest.Generators.Input;

/// <summary>A rejected option value: the property, its value, why, and the default used instead.</summary>
internal sealed record OptionProblem(string Property, string Value, string Reason, string Default);
