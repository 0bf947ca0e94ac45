using System.Net;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation.Steps;

/// <summary>Buy Credits with "Save this card for automatic top-ups" ticked (the card paid with is then saved).</summary>
internal sealed class StartCheckoutSavingCard : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 3;

    public Task<string?> RunAsync(SimulationWorld world, Random random) => StartCheckout.StartAsync(world, random, saveCard: true);
}

/// <summary>
/// The customer saves a card the way a setup flow does, without paying: the cards a checkout cannot save
/// (0341 attaches but fails when charged, 9995 lacks funds, 3184 always wants its owner) and 3155 saved on session.
/// </summary>
internal sealed class SaveCardWithoutPaying : IStep
{
    private static readonly (string Card, string Name)[] Cards =
    [
        (TestCards.Visa, "4242"), (SavedTestCards.DeclinedWhenCharged, "0341"), (SavedTestCards.InsufficientFunds, "9995"),
        (SavedTestCards.AlwaysAuthenticate, "3184"), (TestCards.ThreeDSecure, "3155"),
    ];

    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var livemode = !user.TestBilling;
        var customers = await world.StripeApi(livemode).V1.Customers.ListAsync(new Stripe.CustomerListOptions { Email = user.Email });
        if (customers.Data.FirstOrDefault() is not { } customer)
            return null; // no checkout made a Stripe customer for this mode yet
        var (card, name) = Cards[random.Next(Cards.Length)];
        using var answer = await world.Stripe.PostAsync($"customers/{customer.Id}/payment_methods", [("card", card)]);
        world.Trace(user.AccountId, $"saved card {name} to {customer.Id} without paying: {(int)answer.StatusCode}");
        return $"card {name} saved";
    }
}

/// <summary>The customer removes the saved card on Usage and Billing (detached in Stripe; automatic top-up turns off).</summary>
internal sealed class RemoveSavedCard : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var confirm = await user.Buyer.Browser.GetAsync("/billing/card/remove");
        if (confirm.Status != HttpStatusCode.OK || !confirm.Html.Contains("data-remove-card-confirm", StringComparison.Ordinal))
            return null;
        var removed = await user.Buyer.Browser.PostAsync("/billing/card/remove", new Dictionary<string, string> { ["__RequestVerificationToken"] = confirm.AntiforgeryToken() });
        world.Trace(user.AccountId, $"removed the saved card: {(int)removed.Status}");
        return "saved card removed";
    }
}

/// <summary>
/// The customer sets automatic top-up: usually sensible settings (a threshold a few generations away, any pack, a
/// monthly cap or none), sometimes a threshold or cap that is negative, huge or not a number, which must change nothing.
/// Without a card in the account's mode (a live account with only a test card, say) it is refused.
/// </summary>
internal sealed class TurnOnAutoTopUp : IStep
{
    private static readonly string?[] Caps = [null, null, "5.00", "20.00", "60.00"];
    private static readonly (string Threshold, string? Cap)[] Invalid = [("-5", null), ("99999999999", null), ("lots", null), ("100", "-1"), ("100", "1e9"), ("100", "a lot")];

    public StepKind Kind => StepKind.Operation;

    public int Weight => 3;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        // Mostly someone who has a card saved: the others are refused, which is checked too, but less often.
        var withCard = await world.UsersWithSavedCardAsync();
        if ((random.Next(4) > 0 && withCard.Count > 0 ? Pick.One(random, withCard) : Pick.User(world, random)) is not { } user)
            return null;
        var valid = random.Next(5) > 0;
        // A threshold near the balance the person sees, mostly above it, so the next spend or two tops up.
        var (threshold, cap) = valid
            ? (Math.Max(1, await world.BalanceOfAsync(user) + random.Next(-15, 30)).ToString(System.Globalization.CultureInfo.InvariantCulture), Caps[random.Next(Caps.Length)])
            : Invalid[random.Next(Invalid.Length)];
        var pack = StartCheckout.Packs[random.Next(StartCheckout.Packs.Length)];
        var answer = await user.Buyer.SubmitAutoTopUpAsync(threshold, pack, cap);
        world.Trace(user.AccountId, $"turned automatic top-up on below {threshold} with {pack}, cap {cap ?? "none"}: {(int)answer.Status}");
        if (!valid)
        {
            world.ExpectRefusal(user, "automatic top-up settings", answer.Status);
            return "auto top-up refused (bad input)";
        }

        return answer.Status == HttpStatusCode.Redirect ? "auto top-up on" : "auto top-up refused (no card in this mode)";
    }
}

/// <summary>The customer turns automatic top-up off.</summary>
internal sealed class TurnOffAutoTopUp : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var answer = await user.Buyer.SubmitAutoTopUpAsync(threshold: null, packId: null, enabled: false);
        world.Trace(user.AccountId, $"turned automatic top-up off: {(int)answer.Status}");
        return "auto top-up off";
    }
}

/// <summary>An admin turns an account's automatic top-up off from its admin page.</summary>
internal sealed class AdminTurnsOffAutoTopUp : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var admin = await world.AdminAsync();
        var page = await admin.AccountPageAsync(user.AccountId);
        var answer = await admin.Browser.PostAsync($"/billing/auto-top-up/admin/{user.AccountId}/off",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() });
        world.Trace(user.AccountId, $"admin turned automatic top-up off: {(int)answer.Status}");
        return "admin auto top-up off";
    }
}

/// <summary>The customer sets the low-balance alert (sometimes to something that is not a valid number of credits), or turns it off.</summary>
internal sealed class SetLowBalanceAlert : IStep
{
    private static readonly string[] Invalid = ["-5", "0", "99999999999", "fifty"];

    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var page = await user.Buyer.Browser.GetAsync("/billing");
        var token = new Dictionary<string, string> { ["__RequestVerificationToken"] = page.AntiforgeryToken() };
        if (random.Next(4) == 0)
        {
            var off = await user.Buyer.Browser.PostAsync("/billing?handler=TurnOffLowBalanceAlert", token);
            user.AlertChangedAt.Add(DateTimeOffset.UtcNow);
            world.Trace(user.AccountId, $"turned the low-balance alert off: {(int)off.Status}");
            return "low-balance alert off";
        }

        var valid = random.Next(5) > 0;
        var threshold = valid
            ? Math.Max(1, await world.BalanceOfAsync(user) + random.Next(-40, 20)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Invalid[random.Next(Invalid.Length)];
        user.AlertChangedAt.Add(DateTimeOffset.UtcNow);
        var set = await user.Buyer.Browser.PostAsync("/billing?handler=LowBalanceAlert", new Dictionary<string, string>(token) { ["threshold"] = threshold });
        world.Trace(user.AccountId, $"set the low-balance alert to {threshold}: {(int)set.Status}");
        if (!valid)
        {
            world.ExpectRefusal(user, "low-balance alert", set.Status);
            return "low-balance alert refused (bad input)";
        }

        return "low-balance alert set";
    }
}
