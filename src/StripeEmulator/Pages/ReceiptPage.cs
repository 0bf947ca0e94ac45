using System.Text;
using Microsoft.Extensions.Options;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Pages;

/// <summary>The receipt behind a charge's <c>receipt_url</c>: <c>{prefix}/receipts/{chargeId}</c>.</summary>
internal static class ReceiptPage
{
    public static void Map(IEndpointRouteBuilder root) => root.MapGet("/receipts/{id}", ShowAsync);

    private static async Task<IResult> ShowAsync(string id, HttpContext http)
    {
        var charge = await http.RequestServices.GetRequiredService<EmulatorStore>()
            .ReadAsync(s => ObjectReader.FindAnyMode(s, "charge", id), http.RequestAborted);
        if (charge is null)
        {
            return Html.Page("Receipt not found (Stripe emulator)", Html.ModeBanner(false) +
                "<div class=\"center\"><h1>Receipt not found</h1><p class=\"muted\">There is no charge <code>" + Html.E(id) + "</code> on this Stripe emulator.</p></div>", 404);
        }

        var json = charge.Json;
        var business = http.RequestServices.GetRequiredService<IOptions<StripeEmulatorOptions>>().Value.BusinessName;
        var currency = (string)json["currency"]!;
        var card = json["payment_method_details"]?["card"];
        var method = card is null ? "Bank account •••• 6789" : $"{(string?)card["brand"]} •••• {(string?)card["last4"]}";
        var refunded = (long)json["amount_refunded"]!;
        var b = new StringBuilder(Html.ModeBanner(charge.Livemode));
        b.Append("<div class=\"challenge\"><p class=\"muted\">Receipt from ").Append(Html.E(business)).Append("</p>");
        b.Append("<div class=\"total\">").Append(Html.E(MoneyFormat.Format((long)json["amount"]!, currency))).Append("</div>");
        b.Append("<table style=\"width:100%\"><tr><td class=\"muted\">Date paid</td><td>").Append(Html.E(Html.Time(charge.Created))).Append("</td></tr>");
        b.Append("<tr><td class=\"muted\">Payment method</td><td>").Append(Html.E(method)).Append("</td></tr>");
        b.Append("<tr><td class=\"muted\">Charge</td><td><code>").Append(Html.E(id)).Append("</code></td></tr>");
        if (refunded > 0) b.Append("<tr><td class=\"muted\">Refunded</td><td>").Append(Html.E(MoneyFormat.Format(refunded, currency))).Append("</td></tr>");
        if ((bool?)json["disputed"] == true) b.Append("<tr><td class=\"muted\">Dispute</td><td>Opened by the cardholder</td></tr>");
        b.Append("</table><p class=\"fine\">Issued by the Stripe emulator; no real payment was made.</p></div>");
        return Html.Page($"Receipt from {business} (Stripe emulator)", b.ToString());
    }
}
