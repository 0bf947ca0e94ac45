using SpriteDX.BuildingBlocks.Web;

namespace SpriteDX.Modules.Admin.Features.Decisions;

/// <summary>What an admin types into a decision form, checked before anything changes; each error is a sentence for the page.</summary>
internal static class DecisionInput
{
    public static string? ReasonError(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Give a reason; it is kept in the audit log."
        : reason.Trim().Length > AccountDecisions.MaxReasonLength ? $"Keep the reason to {AccountDecisions.MaxReasonLength} characters."
        : null;

    /// <summary>A whole, non-zero number of credits within the limit, typed as digits with an optional sign (no separators).</summary>
    public static (long Amount, string? Error) ParseCredits(string? text)
    {
        var typed = WholeNumberInput.Read(text, -AccountDecisions.MaxCreditAdjustment, AccountDecisions.MaxCreditAdjustment);
        return typed.Problem switch
        {
            WholeNumberProblem.None when typed.Value == 0 => (0, "Enter a number other than zero."),
            WholeNumberProblem.None => (typed.Value, null),
            WholeNumberProblem.Empty => (0, "Enter how many credits to grant (or a negative number to debit)."),
            WholeNumberProblem.Separators => (0, WholeNumberInput.SeparatorsMessage("credits")),
            WholeNumberProblem.NotAWholeNumber => (0, "Enter a whole number of credits, like 500 or -200."),
            _ => (0, TooLarge),
        };
    }

    private static string TooLarge => $"An adjustment can move at most {AccountDecisions.MaxCreditAdjustment:N0} credits.";
}
