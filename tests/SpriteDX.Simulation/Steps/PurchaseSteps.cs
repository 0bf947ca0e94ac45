using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Payments;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation.Steps;

/// <summary>Buy Credits: a checkout of any pack, in the account's mode.</summary>
internal sealed class StartCheckout : IStep
{
    public static readonly string[] Packs = ["pack-500", "pack-1200", "pack-3000"];

    public StepKind Kind => StepKind.Operation;

    public int Weight => 5;

    public Task<string?> RunAsync(SimulationWorld world, Random random) => StartAsync(world, random, saveCard: false);

    public static async Task<string?> StartAsync(SimulationWorld world, Random random, bool saveCard)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var pack = Packs[random.Next(Packs.Length)];
        var answer = await user.Buyer.SubmitPackAsync(pack, saveCard ? new Dictionary<string, string> { ["saveCard"] = "true" } : null);
        if (answer.Status == HttpStatusCode.SeeOther)
            user.Checkouts.Add(new StartedCheckout(Buyer.SessionIdOf(answer.RedirectedTo!), pack));
        world.Trace(user.AccountId, $"started a checkout of {pack}{(saveCard ? " saving the card" : "")}: {(int)answer.Status} {user.Checkouts.LastOrDefault()?.SessionId}");
        return $"checkout {pack}{(saveCard ? " saving the card" : "")}";
    }
}

/// <summary>On Stripe's page: pay with 4242, be declined with 0002, or pass (or fail) 3-D Secure with 3155. Not paying at all is abandoning.</summary>
internal sealed class PayCheckout : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 5;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.Checkout(world, random) is not var (user, checkout))
            return null;
        var (card, extra, how) = random.Next(6) switch
        {
            0 => (TestCards.Declined, Array.Empty<(string, string)>(), "declined card"),
            1 => (TestCards.ThreeDSecure, [("three_d_secure", "approve")], "3-D Secure passed"),
            2 => (TestCards.ThreeDSecure, [("three_d_secure", "fail")], "3-D Secure failed"),
            _ => (TestCards.Visa, Array.Empty<(string, string)>(), "4242"),
        };
        using var answer = await world.Stripe.PayAsync(checkout.SessionId, card, extra);
        world.Trace(user.AccountId, $"paid {checkout.SessionId} with {how}: {(int)answer.StatusCode}");
        return $"pay ({how})";
    }
}

/// <summary>The session runs out (Stripe expires it; the app hears checkout.session.expired).</summary>
internal sealed class ExpireCheckout : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.Checkout(world, random) is not var (user, checkout))
            return null;
        string outcome;
        try
        {
            outcome = (await world.StripeApi(Pick.Livemode(checkout.SessionId)).V1.Checkout.Sessions.ExpireAsync(checkout.SessionId)).Status;
        }
        catch (Stripe.StripeException ex)
        {
            outcome = ex.StripeError?.Code ?? ex.Message; // already paid or expired: Stripe refuses
        }

        world.Trace(user.AccountId, $"{checkout.SessionId} expired: {outcome}");
        return "expire";
    }
}

/// <summary>The customer lands on the success page (again), before or after the webhook.</summary>
internal sealed class ReturnFromCheckout : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 4;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.Checkout(world, random) is not var (user, checkout))
            return null;
        if (world.Beside is { } beside && random.Next(2) == 0)
        {
            // Same cookies, other host: the load balancer sent the customer back to the second instance.
            using var there = await user.Buyer.Browser.Client.GetAsync(new Uri(beside.BaseAddress, "/billing/success?session_id=" + Uri.EscapeDataString(checkout.SessionId)));
            world.Trace(user.AccountId, $"returned from {checkout.SessionId} to the second host: {(int)there.StatusCode}");
            return "success page (second host)";
        }

        var page = await user.Buyer.ReturnFromCheckoutAsync(checkout.SessionId);
        world.Trace(user.AccountId, $"returned from {checkout.SessionId}: {(int)page.Status}");
        return "success page";
    }
}

/// <summary>The merchant refunds a payment in Stripe's dashboard, in full or in part.</summary>
internal sealed class RefundInDashboard : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (await PaidCharge.FindAsync(world, random) is not var (user, checkout, charge))
            return null;
        long? amount = random.Next(2) == 0 ? null : random.Next(1, 400);
        using var answer = await world.Stripe.PostAsync($"charges/{charge}/refund", amount is null ? [] : [("amount", amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        world.Trace(user.AccountId, $"refunded {(amount is null ? "all of" : amount + " of")} {checkout.SessionId}: {(int)answer.StatusCode}");
        return amount is null ? "refund (full)" : "refund (partial)";
    }
}

/// <summary>The cardholder disputes a payment; later the dispute is won or lost.</summary>
internal sealed class Dispute : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 1;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (await PaidCharge.FindAsync(world, random) is not var (user, checkout, charge))
            return null;
        using var answer = await world.Stripe.PostAsync($"charges/{charge}/dispute", []);
        var body = await answer.Content.ReadAsStringAsync();
        if (answer.IsSuccessStatusCode && random.Next(3) > 0)
        {
            var id = (string)System.Text.Json.Nodes.JsonNode.Parse(body)!["id"]!;
            var won = random.Next(2) == 0;
            using var closed = await world.Stripe.PostAsync($"disputes/{id}/close", [("status", won ? "won" : "lost")]);
            world.Trace(user.AccountId, $"disputed {checkout.SessionId} and {(won ? "won" : "lost")}: {(int)closed.StatusCode}");
            return won ? "dispute won" : "dispute lost";
        }

        world.Trace(user.AccountId, $"disputed {checkout.SessionId}: {(int)answer.StatusCode}");
        return "dispute opened";
    }
}

/// <summary>A buyer asks for a refund from the receipt (self-serve refunds).</summary>
internal sealed class SelfServeRefund : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.Checkout(world, random) is not var (user, checkout))
            return null;
        var purchase = await world.App.WithScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().Purchases
            .Where(p => p.CheckoutSessionId == checkout.SessionId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync());
        if (purchase is null)
            return null;
        var url = $"/billing/receipts/{purchase}/refund";
        var confirmation = await user.Buyer.Browser.GetAsync(url);
        if (confirmation.Status != HttpStatusCode.OK || !confirmation.Html.Contains("__RequestVerificationToken", StringComparison.Ordinal))
        {
            world.Trace(user.AccountId, $"could not ask for a refund of {checkout.SessionId}: {(int)confirmation.Status}");
            return "self-serve refund (not offered)";
        }

        var answer = await user.Buyer.Browser.PostAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = confirmation.AntiforgeryToken() });
        world.Trace(user.AccountId, $"asked for a refund of {checkout.SessionId}: {(int)answer.Status}");
        return "self-serve refund";
    }
}

/// <summary>A paid checkout of a user still here, and its charge.</summary>
internal static class PaidCharge
{
    public static async Task<(SimulatedUser User, StartedCheckout Checkout, string Charge)?> FindAsync(SimulationWorld world, Random random)
    {
        if (Pick.Checkout(world, random) is not var (user, checkout))
            return null;
        var session = await world.StripeApi(Pick.Livemode(checkout.SessionId)).V1.Checkout.Sessions.GetAsync(
            checkout.SessionId, new Stripe.Checkout.SessionGetOptions { Expand = ["payment_intent"] });
        return session.PaymentStatus == "paid" && session.PaymentIntent?.LatestChargeId is { } charge ? (user, checkout, charge) : null;
    }
}
