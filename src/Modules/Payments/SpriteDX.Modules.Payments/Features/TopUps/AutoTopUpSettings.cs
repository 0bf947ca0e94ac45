using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Payments.Contracts;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.TopUps;

/// <summary>What the automatic top-up form sends, as typed: every field is checked before anything changes.</summary>
internal sealed record AutoTopUpForm(bool Enabled, string? Threshold, string? PackId, string? MonthlyCap);

internal abstract record AutoTopUpSave
{
    public sealed record Saved(bool Enabled) : AutoTopUpSave;

    /// <summary>Field name → what is wrong with it, in words; nothing was changed.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Problems) : AutoTopUpSave;
}

/// <summary>Everything Usage and Billing and the settings page show about an account's automatic top-up.</summary>
internal sealed record AutoTopUpView(
    AutoTopUp? Settings, BillingMode AccountMode, SavedCard? Card, bool CardOnlyInOtherMode, CreditPack? Pack, long SpentThisMonthMinor, string Month)
{
    public bool IsOn => Settings is { Enabled: true };

    /// <summary>Turned on in the other mode: until the account switches back, nothing is charged.</summary>
    public bool IsPausedByModeSwitch => IsOn && Settings!.Mode != AccountMode;

    public bool CapReachedThisMonth => Settings?.CapReachedMonth == Month;
}

/// <summary>Reading, checking and saving an account's automatic top-up, and turning it off (its owner, a failure, an admin).</summary>
internal sealed class AutoTopUpSettings(PaymentsDbContext db, CreditPackCatalog packs, TimeProvider clock)
{
    public const long MaxThreshold = 1_000_000;
    public const decimal MaxMonthlyCapMajor = 10_000;

    public async Task<AutoTopUpView> ViewAsync(Guid accountId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var settings = await db.AutoTopUps.AsNoTracking().SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        var mode = await db.BillingAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => (BillingMode?)a.Mode).SingleOrDefaultAsync(ct) ?? BillingMode.Live;
        var customers = await db.Customers.AsNoTracking().Where(c => c.AccountId == accountId).ToListAsync(ct);
        var card = customers.SingleOrDefault(c => c.Mode == mode)?.Card;
        var spent = await SpentThisMonthAsync(accountId, now, ct);
        return new AutoTopUpView(settings, mode, card, card is null && customers.Any(c => c.Mode != mode && c.Card is not null),
            packs.Find(settings?.PackId), spent, AutoTopUp.MonthOf(now));
    }

    public async Task<AutoTopUpSave> SaveAsync(Guid accountId, AutoTopUpForm form, CancellationToken ct)
    {
        var view = await ViewAsync(accountId, ct);
        if (!form.Enabled)
        {
            await db.AutoTopUps.Where(a => a.AccountId == accountId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.Enabled, false).SetProperty(a => a.UpdatedAt, clock.GetUtcNow()), ct);
            return new AutoTopUpSave.Saved(false);
        }

        var problems = new Dictionary<string, string>();
        var threshold = ParseThreshold(form.Threshold, problems);
        var pack = packs.Find(form.PackId);
        if (pack is null)
            problems[nameof(form.PackId)] = "Pick one of the packs on sale.";
        var cap = pack is null ? null : ParseCap(form.MonthlyCap, pack, problems);
        if (view.Card is null)
        {
            problems[nameof(form.Enabled)] = view.CardOnlyInOtherMode
                ? $"Your saved card is for {(view.AccountMode == BillingMode.Live ? "test" : "live")} payments and cannot pay in {view.AccountMode.ToString().ToLowerInvariant()} mode. Save a card when you next buy credits."
                : "Save a card first: tick “Save this card for automatic top-ups” when you buy credits.";
        }

        if (problems.Count > 0)
            return new AutoTopUpSave.Invalid(problems);

        var now = clock.GetUtcNow();
        var settings = await db.AutoTopUps.SingleOrDefaultAsync(a => a.AccountId == accountId, ct);
        if (settings is null)
            db.AutoTopUps.Add(settings = new AutoTopUp { AccountId = accountId });
        settings.Enabled = true;
        settings.ThresholdCredits = threshold!.Value;
        settings.PackId = pack!.Id;
        settings.MonthlyCapMinor = cap?.Minor;
        settings.Mode = view.AccountMode;
        settings.TurnedOffReason = null;
        settings.TurnedOffAt = null;
        settings.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (db.Entry(settings).State == EntityState.Added)
        {
            // The same form sent twice at once: the other request saved the same settings.
            db.ChangeTracker.Clear();
        }

        return new AutoTopUpSave.Saved(true);
    }

    /// <summary>What this month's top-ups charged or are charging (failed ones charged nothing), for the cap.</summary>
    public Task<long> SpentThisMonthAsync(Guid accountId, DateTimeOffset now, CancellationToken ct)
    {
        var monthStart = AutoTopUp.MonthStart(now);
        return db.TopUps.Where(t => t.AccountId == accountId && t.CreatedAt >= monthStart && t.FailureCode == null).SumAsync(t => t.AmountMinor, ct);
    }

    /// <summary>
    /// Turns automatic top-up off for <paramref name="reason"/> (shown to the customer); only if it charges in
    /// <paramref name="mode"/>, when one is given. A top-up in flight finishes as Stripe answers.
    /// </summary>
    public Task<int> TurnOffAsync(Guid accountId, string reason, BillingMode? mode, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return db.AutoTopUps.Where(a => a.AccountId == accountId && a.Enabled && (mode == null || a.Mode == mode)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Enabled, false).SetProperty(a => a.TurnedOffReason, reason).SetProperty(a => a.TurnedOffAt, now).SetProperty(a => a.UpdatedAt, now), ct);
    }

    /// <summary>An admin turns it off: the customer sees why on Usage and Billing, and the audit log records who.</summary>
    public async Task<bool> TurnOffByAdminAsync(Guid accountId, Guid adminId, string adminEmail, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await TurnOffAsync(accountId, "an administrator turned it off", mode: null, ct) == 0)
            return false;
        db.Outbox.Add(new AutoTopUpTurnedOffByAdmin(Guid.NewGuid(), clock.GetUtcNow(), accountId, adminId, adminEmail));
        await db.CommitAndPublishAsync(transaction, ct);
        return true;
    }

    private static long? ParseThreshold(string? text, Dictionary<string, string> problems)
    {
        var typed = WholeNumberInput.Read(text, 1, MaxThreshold);
        var problem = typed.Problem switch
        {
            WholeNumberProblem.None => null,
            WholeNumberProblem.Separators => WholeNumberInput.SeparatorsMessage("credits"),
            WholeNumberProblem.TooSmall => "The balance to top up below must be at least 1 credit.",
            WholeNumberProblem.TooLarge => $"The balance to top up below can be at most {MaxThreshold:N0} credits.",
            _ => "Enter the balance, in whole credits, below which to top up (for example 100).",
        };
        if (problem is null)
            return typed.Value;
        problems[nameof(AutoTopUpForm.Threshold)] = problem;
        return null;
    }

    private static Money? ParseCap(string? text, CreditPack pack, Dictionary<string, string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null; // no cap
        // No thousands separators: "12,50" is a decimal comma in much of the world and must not become 1,250.
        var typed = text.Trim().TrimStart('$');
        if (!decimal.TryParse(typed, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var major))
            problems[nameof(AutoTopUpForm.MonthlyCap)] = "Enter the monthly cap as an amount such as 50 or 50.00, or leave it empty for no cap.";
        else if (major <= 0)
            problems[nameof(AutoTopUpForm.MonthlyCap)] = "The monthly cap must be more than zero; leave it empty for no cap.";
        else if (major > MaxMonthlyCapMajor)
            problems[nameof(AutoTopUpForm.MonthlyCap)] = $"The monthly cap can be at most {Money.FromMajor(MaxMonthlyCapMajor, pack.Currency)}.";
        else if (Money.FromMajor(major, pack.Currency) is not { } cap)
            problems[nameof(AutoTopUpForm.MonthlyCap)] = "The monthly cap cannot have fractions of a cent.";
        else if (cap.Minor < pack.PriceMinor)
            problems[nameof(AutoTopUpForm.MonthlyCap)] = $"The monthly cap is less than one {pack.Name} pack ({pack.Price}): no top-up could ever run.";
        else
            return cap;
        return null;
    }
}
