using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Payments;

namespace SpriteDX.Simulation.Harness;

/// <summary>A checkout a simulated user started: the pack, and the Stripe Checkout Session it opened.</summary>
internal sealed record StartedCheckout(string SessionId, string PackId);

/// <summary>One simulated person: signed in through the app's pages, with what they have done so far.</summary>
internal sealed class SimulatedUser(Buyer buyer)
{
    public Buyer Buyer { get; private set; } = buyer;

    public Guid AccountId => Buyer.AccountId;

    public string Email => Buyer.Email;

    public List<StartedCheckout> Checkouts { get; } = [];

    public List<Guid> Generations { get; } = [];

    public bool TestBilling { get; set; }

    /// <summary>When the person set or turned off the low-balance alert (each starts its watch afresh).</summary>
    public List<DateTimeOffset> AlertChangedAt { get; } = [];

    public bool Deleted { get; set; }

    /// <summary>The person's API key once a script has needed one.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The same person on the generation API (the integration suite's Player speaks it).</summary>
    public Player Player(IntegrationTests.Infrastructure.SpriteDxApp app) => new(app, Buyer.Browser, Buyer.Email, Buyer.AccountId);

    /// <summary>After a restart the app listens on another port: the person signs in again.</summary>
    public async Task SignInAgainAsync()
    {
        var again = await Buyer.SignInAgainAsync();
        Buyer.Dispose();
        Buyer = again;
    }
}
