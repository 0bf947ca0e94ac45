using System.Globalization;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// A whole number a person typed into a form (credits, a threshold): digits with an optional sign, in a range. Separators
/// are refused, not read: "1,5" or "12,50" is a decimal comma in much of the world, and reading it as 15 or 1,250 would
/// silently multiply an amount. Each form words the problems for its own field; <see cref="SeparatorsMessage"/> is shared.
/// </summary>
public static class WholeNumberInput
{
    /// <summary>The answer to "1,500" or "1.5": what to type instead, in the field's own <paramref name="unit"/> ("credits").</summary>
    public static string SeparatorsMessage(string unit) => $"Type the number of {unit} as digits only, without separators or decimals: 1500, not 1,500 or 1.5.";

    public static WholeNumber Read(string? text, long min, long max)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            return new(0, WholeNumberProblem.Empty);
        var digits = trimmed.TrimStart('+', '-');
        if (trimmed.Length - digits.Length > 1 || digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            return new(0, digits.Any(char.IsAsciiDigit) && digits.Any(c => c is ',' or '.' or ' ' or '\'' or '_')
                ? WholeNumberProblem.Separators
                : WholeNumberProblem.NotAWholeNumber);
        if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return new(0, trimmed.StartsWith('-') ? WholeNumberProblem.TooSmall : WholeNumberProblem.TooLarge);
        return value < min ? new(value, WholeNumberProblem.TooSmall)
            : value > max ? new(value, WholeNumberProblem.TooLarge)
            : new(value, WholeNumberProblem.None);
    }
}

/// <summary>What <see cref="WholeNumberInput.Read"/> found: the number, or the first problem with what was typed.</summary>
public readonly record struct WholeNumber(long Value, WholeNumberProblem Problem)
{
    public bool IsValid => Problem == WholeNumberProblem.None;
}

public enum WholeNumberProblem
{
    None,
    Empty,
    NotAWholeNumber,
    Separators,
    TooSmall,
    TooLarge,
}
