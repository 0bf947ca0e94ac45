using System.Text;
using Microsoft.Extensions.Options;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;
using SpriteDX.StripeEmulator.Webhooks;

namespace SpriteDX.StripeEmulator.Pages;

/// <summary>The emulator's own page at <c>{prefix}/_emulator</c>: sessions, customers and their cards, charges, refunds, disputes, events and their deliveries, API calls.</summary>
internal static class DashboardPage
{
    public static void Map(IEndpointRouteBuilder root, string prefix)
    {
        // A typed Func, not a RequestDelegate, so the returned IResult is executed.
        root.MapGet("/_emulator", (Func<HttpContext, Task<IResult>>)(http => ShowAsync(http, prefix)));
        root.MapGet("/", (HttpContext http) => Results.Redirect($"{http.Request.PathBase}{prefix}/_emulator"));
    }

    private static async Task<IResult> ShowAsync(HttpContext http, string prefix)
    {
        var services = http.RequestServices;
        var store = services.GetRequiredService<EmulatorStore>();
        var deliveries = services.GetRequiredService<WebhookDeliveries>();
        var endpoint = services.GetRequiredService<WebhookEndpoint>();
        var options = services.GetRequiredService<IOptions<StripeEmulatorOptions>>().Value;
        var pipeline = services.GetRequiredService<StripeApiPipeline>();
        await services.GetRequiredService<CheckoutSessions>().ExpireDueAsync(http.RequestAborted);

        var (sessions, charges, refunds, disputes, customers) = await store.ReadAsync(
            s => (s.List("checkout.session", 50), s.List("charge", 50), s.List("refund", 50), s.List("dispute", 50), s.List("customer", 50)),
            http.RequestAborted);
        var savedCards = await store.ReadAsync(s => customers.ToDictionary(c => c.Id,
            c => s.List("payment_method", 20, new JsonMatch("$.customer", c.Id))), http.RequestAborted);
        var events = await deliveries.ListAsync(100, null, null, http.RequestAborted);
        var paused = await deliveries.IsPausedAsync(http.RequestAborted);
        var requests = services.GetRequiredService<ApiRequestLog>().Newest(30);
        var control = $"{http.Request.PathBase}{prefix}/_emulator";

        var b = new StringBuilder();
        b.Append(Html.ModeBanner(false)).Append("<div class=\"dash\"><h1>Stripe emulator</h1>");
        b.Append("<p class=\"muted\">API base <code>").Append(Html.E(pipeline.BaseUrl(http.Request, prefix)))
            .Append("</code> · test key <code>").Append(Html.E(options.TestSecretKey[..12])).Append("…</code> · live key <code>")
            .Append(Html.E(options.LiveSecretKey[..12])).Append("…</code></p>");

        b.Append("<h2>Webhooks</h2><p>Endpoint: <code>").Append(Html.E(endpoint.Resolve() ?? "none configured (events are stored, not sent)")).Append("</code> · ")
            .Append(paused ? "<span class=\"tag wait\">paused</span>" : endpoint.IsConfigured ? "<span class=\"tag ok\">delivering</span>" : "").Append(' ')
            .Append("<button class=\"button secondary\" data-post=\"").Append(Html.E($"{control}/webhooks/{(paused ? "resume" : "pause")}")).Append("\">")
            .Append(paused ? "Resume deliveries" : "Pause deliveries").Append("</button></p>");

        b.Append("<h2>Checkout Sessions</h2><table><tr><th>Session</th><th>Mode</th><th>Amount</th><th>Status</th><th>Payment</th><th>Reference</th><th>Created</th></tr>");
        foreach (var session in sessions)
        {
            var json = session.Json;
            var id = (string)json["id"]!;
            b.Append("<tr><td><code>").Append(Html.E(id)).Append("</code>");
            if ((string?)json["url"] is { } url) b.Append(" <a href=\"").Append(Html.E(url)).Append("\">pay</a>");
            b.Append("</td><td>").Append(session.Livemode ? "live" : "test").Append("</td><td>")
                .Append(Html.E(MoneyFormat.Format((long)json["amount_total"]!, (string)json["currency"]!))).Append("</td><td>")
                .Append(Tag((string?)json["status"])).Append("</td><td>").Append(Tag((string?)json["payment_status"])).Append("</td><td>")
                .Append(Html.E((string?)json["client_reference_id"])).Append("</td><td>").Append(Html.E(Html.Time(session.Created))).Append("</td></tr>");
        }
        b.Append("</table>");

        b.Append("<h2>Customers</h2><table><tr><th>Customer</th><th>Mode</th><th>Email</th><th>Name</th><th>Saved cards</th><th>Created</th></tr>");
        foreach (var customer in customers)
        {
            var json = customer.Json;
            b.Append("<tr><td><code>").Append(Html.E(customer.Id)).Append("</code></td><td>").Append(customer.Livemode ? "live" : "test").Append("</td><td>")
                .Append(Html.E((string?)json["email"])).Append("</td><td>").Append(Html.E((string?)json["name"])).Append("</td><td>");
            foreach (var method in savedCards[customer.Id])
            {
                var card = method.Json["card"]!;
                b.Append("<span class=\"tag\" title=\"").Append(Html.E(method.Id)).Append("\">").Append(Html.E(
                    $"{(string?)card["brand"]} •••• {(string?)card["last4"]} {(int)card["exp_month"]!:00}/{(int)card["exp_year"]! % 100:00}")).Append("</span> ");
            }
            b.Append("</td><td>").Append(Html.E(Html.Time(customer.Created))).Append("</td></tr>");
        }
        b.Append("</table>");

        b.Append("<h2>Charges</h2><table><tr><th>Charge</th><th>Mode</th><th>Amount</th><th>Status</th><th>Refunded</th><th>Disputed</th><th></th></tr>");
        foreach (var charge in charges)
        {
            var json = charge.Json;
            var id = (string)json["id"]!;
            var currency = (string)json["currency"]!;
            b.Append("<tr><td><code>").Append(Html.E(id)).Append("</code>");
            if ((string?)json["receipt_url"] is { } receipt) b.Append(" <a href=\"").Append(Html.E(receipt)).Append("\">receipt</a>");
            b.Append("</td><td>").Append(charge.Livemode ? "live" : "test").Append("</td><td>").Append(Html.E(MoneyFormat.Format((long)json["amount"]!, currency)))
                .Append("</td><td>").Append(Tag((string?)json["status"])).Append(' ').Append(Html.E((string?)json["failure_code"]))
                .Append("</td><td>").Append(Html.E(MoneyFormat.Format((long)json["amount_refunded"]!, currency))).Append("</td><td>")
                .Append((bool?)json["disputed"] == true ? "<span class=\"tag bad\">disputed</span>" : "no").Append("</td><td>");
            // A declined charge moved no money: there is nothing to refund or dispute.
            if ((string?)json["status"] == "succeeded")
            {
                b.Append("<button class=\"button secondary\" data-refund=\"").Append(Html.E($"{control}/charges/{id}/refund")).Append("\">Refund…</button> ")
                    .Append("<button class=\"button secondary\" data-post=\"").Append(Html.E($"{control}/charges/{id}/dispute")).Append("\">Dispute</button>");
            }
            b.Append("</td></tr>");
        }
        b.Append("</table>");

        b.Append("<h2>Refunds</h2><table><tr><th>Refund</th><th>Mode</th><th>Charge</th><th>Amount</th><th>Status</th><th></th></tr>");
        foreach (var refund in refunds)
        {
            var (id, status) = AdjustmentCells(b, refund);
            b.Append(Tag(status)).Append(' ').Append(Html.E((string?)refund.Json["failure_reason"])).Append("</td><td>");
            if (status is "succeeded" or "pending")
                b.Append("<button class=\"button secondary\" data-post=\"").Append(Html.E($"{control}/refunds/{id}/fail")).Append("\">Fail</button>");
            b.Append("</td></tr>");
        }
        b.Append("</table>");

        b.Append("<h2>Disputes</h2><table><tr><th>Dispute</th><th>Mode</th><th>Charge</th><th>Amount</th><th>Reason</th><th>Status</th><th></th></tr>");
        foreach (var dispute in disputes)
        {
            var (id, status) = AdjustmentCells(b, dispute);
            b.Append(Html.E((string?)dispute.Json["reason"])).Append("</td><td>").Append(Tag(status)).Append("</td><td>");
            if (!ChargeAdjustments.DisputeOutcomes.Contains(status))
            {
                foreach (var outcome in ChargeAdjustments.DisputeOutcomes)
                {
                    b.Append("<button class=\"button secondary\" data-post=\"").Append(Html.E($"{control}/disputes/{id}/close?status={outcome}"))
                        .Append("\">Close as ").Append(outcome).Append("</button> ");
                }
            }
            b.Append("</td></tr>");
        }
        b.Append("</table>");

        b.Append("<h2>Events</h2><table><tr><th>Event</th><th>Type</th><th>Mode</th><th>Object</th><th>Created</th><th>Delivery</th><th>Attempts</th><th></th></tr>");
        foreach (var e in events)
        {
            b.Append("<tr><td><code>").Append(Html.E(e.Event.Id)).Append("</code></td><td>").Append(Html.E(e.Event.Type)).Append("</td><td>")
                .Append(e.Event.Livemode ? "live" : "test").Append("</td><td><code>").Append(Html.E(e.Event.ObjectId)).Append("</code></td><td class=\"nowrap\">")
                .Append(Html.E(Html.Time(e.Event.Created))).Append("</td><td>").Append(Tag(e.Event.State.ToString().ToLowerInvariant())).Append("</td><td>");
            foreach (var attempt in e.Attempts)
            {
                var ok = attempt.Status is >= 200 and < 300;
                b.Append("<span class=\"tag ").Append(ok ? "ok" : "bad").Append("\" title=\"").Append(Html.E(attempt.At.ToString("u", System.Globalization.CultureInfo.InvariantCulture) + " " + attempt.Error)).Append("\">")
                    .Append(attempt.Status == 0 ? "error" : Html.E(attempt.Status)).Append("</span> ");
            }
            b.Append("</td><td><button class=\"button secondary\" data-post=\"").Append(Html.E($"{control}/events/{e.Event.Id}/resend")).Append("\">Resend</button></td></tr>");
        }
        b.Append("</table>");

        b.Append("<h2>Recent API requests</h2><table><tr><th>Time</th><th>Request</th><th>Status</th><th>Mode</th><th>Stripe-Version</th><th>Idempotency-Key</th></tr>");
        foreach (var r in requests)
        {
            b.Append("<tr><td>").Append(Html.E(Html.Time(r.At.ToUnixTimeSeconds()))).Append("</td><td><code>").Append(Html.E($"{r.Method} {r.Path}")).Append("</code></td><td>")
                .Append(Html.E(r.Status)).Append("</td><td>").Append(r.Livemode switch { true => "live", false => "test", null => "" }).Append("</td><td>")
                .Append(Html.E(r.StripeVersion)).Append("</td><td><code>").Append(Html.E(r.IdempotencyKey)).Append("</code></td></tr>");
        }
        b.Append("</table></div>");
        return Html.Page("Stripe emulator", b.ToString(), script: Script);
    }

    /// <summary>Opens the row of a refund or a dispute with what both have: id, mode, charge, amount.</summary>
    private static (string Id, string? Status) AdjustmentCells(StringBuilder b, StoredObject adjustment)
    {
        var json = adjustment.Json;
        var id = (string)json["id"]!;
        b.Append("<tr><td><code>").Append(Html.E(id)).Append("</code></td><td>").Append(adjustment.Livemode ? "live" : "test").Append("</td><td><code>")
            .Append(Html.E((string?)json["charge"])).Append("</code></td><td>")
            .Append(Html.E(MoneyFormat.Format((long)json["amount"]!, (string)json["currency"]!))).Append("</td><td>");
        return (id, (string?)json["status"]);
    }

    private static string Tag(string? value) => value switch
    {
        "paid" or "complete" or "succeeded" or "won" => $"<span class=\"tag ok\">{Html.E(value)}</span>",
        "expired" or "failed" or "lost" => $"<span class=\"tag bad\">{Html.E(value)}</span>",
        "open" or "unpaid" or "pending" or "needs_response" => $"<span class=\"tag wait\">{Html.E(value)}</span>",
        _ => $"<span class=\"tag\">{Html.E(value)}</span>",
    };

    private const string Script = """
        document.querySelectorAll('[data-post]').forEach(function (b) {
          b.addEventListener('click', function () { fetch(b.getAttribute('data-post'), { method: 'POST' }).then(function () { location.reload(); }); });
        });
        document.querySelectorAll('[data-refund]').forEach(function (b) {
          b.addEventListener('click', function () {
            var amount = prompt('Amount to refund in the smallest currency unit (empty: all that is left)');
            if (amount === null) return;
            var body = new URLSearchParams(); if (amount.trim()) body.set('amount', amount.trim());
            fetch(b.getAttribute('data-refund'), { method: 'POST', body: body }).then(function (r) { return r.json(); })
              .then(function (j) { if (j.error) alert(j.error.message); location.reload(); });
          });
        });
        """;
}
