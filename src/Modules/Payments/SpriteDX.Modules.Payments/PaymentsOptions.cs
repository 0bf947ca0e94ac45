using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments;

/// <summary>The `Payments` configuration section: the packs on sale and how webhooks are swept.</summary>
internal sealed partial class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>`Payments:Packs:{i}:Id|Name|Credits|PriceMinor|Currency`; the three default packs when none are configured.</summary>
    public List<CreditPack> Packs { get; set; } = [];

    /// <summary>Hangfire cron of the sweep that reconciles webhook events whose job was lost (a restart).</summary>
    public string WebhookSweepCron { get; set; } = "* * * * *";

    /// <summary>
    /// Holds reconciliation (an incident at Stripe, a data fix): webhooks are still verified, stored and
    /// acknowledged, and the sweep reconciles them once the hold is lifted.
    /// </summary>
    public bool WebhookReconciliationPaused { get; set; }

    /// <summary>`Payments:SelfServeRefundDays`: days after payment in which a buyer may refund an unspent purchase from its receipt; 0 turns it off.</summary>
    public int SelfServeRefundDays { get; set; } = 14;

    /// <summary>`Payments:WebhooksPerMinute`, webhook posts accepted per client address and minute; Stripe's own bursts stay far below it.</summary>
    public const int DefaultWebhooksPerMinute = 600;

    public static IReadOnlyList<CreditPack> DefaultPacks { get; } =
    [
        new() { Id = "pack-500", Name = "500 credits", Credits = 500, PriceMinor = 500, Currency = "usd" },
        new() { Id = "pack-1200", Name = "1,200 credits", Credits = 1200, PriceMinor = 1000, Currency = "usd" },
        new() { Id = "pack-3000", Name = "3,000 credits", Credits = 3000, PriceMinor = 2000, Currency = "usd" },
    ];

    public IEnumerable<string> Problems()
    {
        if (SelfServeRefundDays is < 0 or > 365)
            yield return "Payments:SelfServeRefundDays must be a whole number of days from 0 (off) to 365.";
        if (Packs.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != Packs.Count)
            yield return "Payments:Packs has two packs with the same Id.";
        foreach (var pack in Packs)
        {
            if (!PackId().IsMatch(pack.Id))
                yield return $"Payments:Packs Id '{pack.Id}' must be 1-40 lowercase letters, digits or dashes.";
            if (string.IsNullOrWhiteSpace(pack.Name))
                yield return $"Payments:Packs '{pack.Id}' needs a Name.";
            if (pack.Credits <= 0)
                yield return $"Payments:Packs '{pack.Id}' must sell at least one credit.";
            if (pack.PriceMinor < 50)
                yield return $"Payments:Packs '{pack.Id}' PriceMinor is in minor units (cents) and Stripe charges at least 50.";
            if (!CurrencyCode().IsMatch(pack.Currency))
                yield return $"Payments:Packs '{pack.Id}' Currency must be a lowercase ISO code such as usd.";
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,40}$")]
    private static partial Regex PackId();

    [GeneratedRegex("^[a-z]{3}$")]
    private static partial Regex CurrencyCode();
}

/// <summary>Stops start-up with one message per bad pack, naming it.</summary>
internal sealed class PaymentsOptionsValidation : IValidateOptions<PaymentsOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentsOptions options) =>
        options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}

/// <summary>The `Billing` section: whether everyone may buy, or only Early Access accounts and admins.</summary>
internal sealed class BillingOptions
{
    public const string Section = "Billing";

    public bool Enabled { get; set; }
}
