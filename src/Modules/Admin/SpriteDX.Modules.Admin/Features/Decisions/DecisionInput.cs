using System.Globalization;

namespace SpriteDX.Modules.Admin.Features.Decisions;

/// <summary>What an admin types into a decision form, checked before anything changes; each error is a sentence for the page.</summary>
internal static class DecisionInput
{
    public static string? ReasonError(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Give a reason; it is kept in the audit log."
        : reason.Trim().Length > AccountDecisions.MaxReasonLength ? $"Keep the reason to {AccountDecisions.MaxReasonLength} characters."
        : null;

    /// <summary>
    /// A whole, non-zero number of credits within the limit, typed as digits with an optional sign. Separators are
    /// refused, not read: "1,5" or "12,50" is a decimal comma in much of the world, and reading it as 15 or 1,250
    /// would silently multiply a grant.
    /// </summary>
    public static (long Amount, string? Error) ParseCredits(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
            return (0, "Enter how many credits to grant (or a negative number to debit).");
        var digits = trimmed.TrimStart('+', '-');
        if (trimmed.Length - digits.Length > 1 || digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            return (0, digits.Any(c => c is ',' or '.' or ' ' or '\'' or '_') && digits.Any(char.IsAsciiDigit)
                ? "Type the number of credits as digits only, without separators or decimals: 1500, not 1,500 or 1.5."
                : "Enter a whole number of credits, like 500 or -200.");
        if (!long.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            || amount < -AccountDecisions.MaxCreditAdjustment || amount > AccountDecisions.MaxCreditAdjustment)
            return (0, TooLarge);
        return amount == 0 ? (0, "Enter a number other than zero.") : (amount, null);
    }

    private static string TooLarge => $"An adjustment can move at most {AccountDecisions.MaxCreditAdjustment:N0} credits.";
}
