using System.Globalization;

namespace SpriteDX.Modules.Admin.Features.Decisions;

/// <summary>What an admin types into a decision form, checked before anything changes; each error is a sentence for the page.</summary>
internal static class DecisionInput
{
    public static string? ReasonError(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Give a reason; it is kept in the audit log."
        : reason.Trim().Length > AccountDecisions.MaxReasonLength ? $"Keep the reason to {AccountDecisions.MaxReasonLength} characters."
        : null;

    /// <summary>A whole, non-zero number of credits within the limit; "1,000" and "+50" are accepted.</summary>
    public static (long Amount, string? Error) ParseCredits(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            return (0, "Enter how many credits to grant (or a negative number to debit).");
        if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var amount))
            return (0, IsWholeNumber(trimmed) ? TooLarge : "Enter a whole number of credits, like 500 or -200.");
        if (amount == 0)
            return (0, "Enter a number other than zero.");
        return Math.Abs(amount) > AccountDecisions.MaxCreditAdjustment ? (0, TooLarge) : (amount, null);
    }

    private static string TooLarge => $"An adjustment can move at most {AccountDecisions.MaxCreditAdjustment:N0} credits.";

    private static bool IsWholeNumber(string text) =>
        text.TrimStart('+', '-').Replace(",", "", StringComparison.Ordinal) is { Length: > 0 } digits && digits.All(char.IsAsciiDigit);
}
