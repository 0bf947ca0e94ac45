using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using SpriteDX.StripeEmulator.Api;
using SpriteDX.StripeEmulator.Checkout;
using SpriteDX.StripeEmulator.Data;

namespace SpriteDX.StripeEmulator.Pages;

/// <summary>The hosted checkout page at a session's <c>url</c>: <c>{prefix}/pay/{sessionId}</c>.</summary>
internal static class HostedCheckoutPage
{
    private static readonly string[] Countries = ["US", "GB", "CA", "AU", "DE", "FR", "NL", "IE", "ES", "IT", "SE", "JP", "NZ", "SG"];

    public static void Map(IEndpointRouteBuilder root)
    {
        root.MapGet("/pay/{id}", ShowAsync);
        root.MapPost("/pay/{id}", SubmitAsync);
        root.MapPost("/pay/{id}/authenticate", AuthenticateAsync);
    }

    private static async Task<IResult> ShowAsync(string id, HttpContext http)
    {
        var session = await LoadAsync(id, http);
        if (session is null) return NotFound(id);
        return (string?)session.Json["status"] == "open"
            ? Form(session, http, CardForm.Empty(session), new Dictionary<string, string>(), null)
            : Closed(session);
    }

    private static async Task<IResult> SubmitAsync(string id, HttpContext http)
    {
        var session = await LoadAsync(id, http);
        if (session is null) return NotFound(id);
        if ((string?)session.Json["status"] != "open") return Closed(session);

        var input = CardForm.Read(await ReadFormAsync(http), session);
        var errors = input.Validate(Service<TimeProvider>(http).GetUtcNow());
        if (errors.Count > 0) return Form(session, http, input, errors, null);
        return await PayAsync(session, http, input, ThreeDSecureStep.NotYet);
    }

    private static async Task<IResult> AuthenticateAsync(string id, HttpContext http)
    {
        var session = await LoadAsync(id, http);
        if (session is null) return NotFound(id);
        if ((string?)session.Json["status"] != "open") return Closed(session);

        var form = await ReadFormAsync(http);
        var input = CardForm.Read(form, session);
        if (input.Validate(Service<TimeProvider>(http).GetUtcNow()).Count > 0) return Form(session, http, input, new Dictionary<string, string>(), null);
        var step = form["action"] == "complete" ? ThreeDSecureStep.Approved : ThreeDSecureStep.Failed;
        return await PayAsync(session, http, input, step);
    }

    private static async Task<IResult> PayAsync(StoredObject session, HttpContext http, CardForm input, ThreeDSecureStep step)
    {
        var payments = Service<CheckoutPayments>(http);
        var (month, year) = input.Expiry()!.Value;
        var payer = new PayerDetails(input.Email, input.Name, input.Country, input.PostalCode);
        var outcome = await payments.PayByCardAsync((string)session.Json["id"]!,
            new CardPayment(TestCards.Digits(input.CardNumber), month, year, payer, step), http.RequestAborted);
        return outcome switch
        {
            PaymentSucceeded paid => Results.Redirect(SuccessUrl(paid.Session), permanent: false, preserveMethod: false),
            AuthenticationRequired required => Challenge(session, http, input, required.Card),
            PaymentDeclined declined => Form(session, http, input, new Dictionary<string, string>(), declined.Error.Message),
            SessionNotPayable closed => Closed(session with { Json = closed.Session }),
            _ => throw new System.Diagnostics.UnreachableException($"A card payment cannot end as {outcome.GetType().Name}."),
        };
    }

    private static IResult Form(StoredObject session, HttpContext http, CardForm input, IReadOnlyDictionary<string, string> errors, string? banner)
    {
        var json = session.Json;
        var livemode = session.Livemode;
        var options = Service<IOptions<StripeEmulatorOptions>>(http).Value;
        var currency = (string)json["currency"]!;
        var total = MoneyFormat.Format((long)json["amount_total"]!, currency);
        var id = (string)json["id"]!;
        var body = new StringBuilder();
        body.Append(Html.ModeBanner(livemode));
        body.Append("<main class=\"checkout\"><section class=\"summary\"><div class=\"column\">");
        body.Append(MerchantHeader(options.BusinessName, (string?)json["cancel_url"], livemode));
        body.Append("<p class=\"pay-label\">Pay ").Append(Html.E(options.BusinessName)).Append("</p>");
        body.Append("<div class=\"total\" data-testid=\"total\">").Append(Html.E(total)).Append("</div>");
        body.Append("<ul class=\"items\">");
        var descriptions = session.Extra?["product_descriptions"] as JsonArray;
        var index = 0;
        foreach (var item in session.Extra?["line_items"] as JsonArray ?? [])
        {
            var name = (string?)item!["description"] ?? "";
            var description = descriptions is not null && index < descriptions.Count ? (string?)descriptions[index] : null;
            index++;
            var quantity = (long)item["quantity"]!;
            body.Append("<li class=\"item\"><span class=\"thumb\" aria-hidden=\"true\">").Append(Html.E(name.Length > 0 ? name[..1].ToUpperInvariant() : "•"))
                .Append("</span><div><div class=\"item-name\">").Append(Html.E(name)).Append("</div>");
            if (!string.IsNullOrEmpty(description)) body.Append("<div class=\"item-desc\">").Append(Html.E(description)).Append("</div>");
            body.Append("<div class=\"item-qty\">Qty ").Append(Html.E(quantity)).Append("</div></div>");
            body.Append("<div class=\"item-amount\">").Append(Html.E(MoneyFormat.Format((long)item["amount_total"]!, currency))).Append("</div></li>");
        }
        body.Append("</ul><div class=\"totals\"><div><span>Subtotal</span><span>").Append(Html.E(MoneyFormat.Format((long)json["amount_subtotal"]!, currency)))
            .Append("</span></div><div class=\"due\"><span>Total due</span><span>").Append(Html.E(total)).Append("</span></div></div>");
        body.Append("<p class=\"footer-note\">Stripe emulator · ").Append(Html.E(id)).Append("</p>");
        body.Append("</div></section>");

        body.Append("<section class=\"pay\"><div class=\"column\"><h1>Pay with card</h1>");
        body.Append("<form method=\"post\" action=\"").Append(Html.E(PagePath(http, id))).Append("\" id=\"payment-form\" novalidate>");
        var emailLocked = CheckoutSessions.KnownEmail(session) is not null;
        body.Append(Field("email", "Email", "email", input.Email, errors, "email", "you@example.com", emailLocked));
        body.Append(Field("cardnumber", "Card number", "text", input.CardNumber, errors, "cc-number", "1234 1234 1234 1234", false, "numeric"));
        body.Append("<div class=\"row\"><div>")
            .Append(Field("exp", "Expiration (MM / YY)", "text", input.Exp, errors, "cc-exp", "MM / YY", false, "numeric"))
            .Append("</div><div>")
            .Append(Field("cvc", "CVC", "text", input.Cvc, errors, "cc-csc", "CVC", false, "numeric"))
            .Append("</div></div>");
        body.Append(Field("name", "Cardholder name", "text", input.Name, errors, "cc-name", "Full name on card", false));
        body.Append("<div class=\"row\"><div><label for=\"country\">Country or region</label><select id=\"country\" name=\"country\" autocomplete=\"country\">");
        foreach (var country in Countries)
        {
            body.Append("<option value=\"").Append(Html.E(country)).Append('"').Append(country == input.Country ? " selected" : "").Append('>')
                .Append(Html.E(new RegionInfo(country).EnglishName)).Append("</option>");
        }
        body.Append("</select></div><div>")
            .Append(Field("postal_code", "ZIP / Postal code", "text", input.PostalCode, errors, "postal-code", "12345", false))
            .Append("</div></div>");
        if (SaveConsent((string?)session.Extra?["payment_intent_data"]?["setup_future_usage"], options.BusinessName) is { } consent)
            body.Append("<p class=\"consent\" id=\"save-consent\">").Append(Html.E(consent)).Append("</p>");
        if (banner is not null) body.Append("<div class=\"banner-error\" role=\"alert\" id=\"payment-error\">").Append(Html.E(banner)).Append("</div>");
        body.Append("<button type=\"submit\" class=\"button pay-button\" id=\"submit\">Pay ").Append(Html.E(total)).Append("</button>");
        body.Append("<p class=\"fine\">No card is charged: this checkout page is served by the Stripe emulator for local testing.</p>");
        body.Append("</form>");
        body.Append(TestCardList());
        body.Append("</div></section></main>");
        return Html.Page($"{options.BusinessName} · Checkout (Stripe emulator)", body.ToString(), script: Script);
    }

    /// <summary>What Stripe's page tells the customer when the card will be kept (<c>setup_future_usage</c>).</summary>
    private static string? SaveConsent(string? setupFutureUsage, string businessName) => setupFutureUsage switch
    {
        "off_session" => $"By providing your card information, you allow {businessName} to charge your card for future payments in accordance with their terms.",
        "on_session" => $"Your card will be saved with {businessName} for faster checkout next time.",
        _ => null,
    };

    private static string Field(string id, string label, string type, string value, IReadOnlyDictionary<string, string> errors,
        string autocomplete, string placeholder, bool locked, string? inputMode = null)
    {
        errors.TryGetValue(id, out var error);
        var html = new StringBuilder();
        html.Append("<label for=\"").Append(id).Append("\">").Append(Html.E(label)).Append("</label>");
        html.Append("<input id=\"").Append(id).Append("\" name=\"").Append(id).Append("\" type=\"").Append(type)
            .Append("\" autocomplete=\"").Append(autocomplete).Append("\" placeholder=\"").Append(Html.E(placeholder))
            .Append("\" value=\"").Append(Html.E(value)).Append('"')
            .Append(inputMode is null ? "" : $" inputmode=\"{inputMode}\"")
            .Append(locked ? " readonly" : "")
            .Append(error is null ? "" : " class=\"invalid\" aria-invalid=\"true\"")
            .Append(" aria-describedby=\"").Append(id).Append("-error\">");
        html.Append("<p class=\"field-error\" id=\"").Append(id).Append("-error\" role=\"alert\">").Append(Html.E(error)).Append("</p>");
        return html.ToString();
    }

    private static string MerchantHeader(string businessName, string? cancelUrl, bool livemode)
    {
        var html = new StringBuilder("<div class=\"merchant\">");
        if (cancelUrl is not null)
            html.Append("<a class=\"back\" id=\"cancel\" href=\"").Append(Html.E(cancelUrl)).Append("\" title=\"Cancel and return to ").Append(Html.E(businessName)).Append("\">← Cancel</a>");
        html.Append("<span class=\"logo\" aria-hidden=\"true\"></span><span class=\"merchant-name\">").Append(Html.E(businessName)).Append("</span>");
        html.Append(livemode ? "<span class=\"pill live\">Emulated live</span>" : "<span class=\"pill\">Test mode</span>");
        return html.Append("</div>").ToString();
    }

    private static string TestCardList()
    {
        var html = new StringBuilder("<details class=\"test-cards\" open><summary>Test cards</summary><table>");
        foreach (var card in TestCards.All.Take(4))
        {
            html.Append("<tr><td><code>").Append(Html.E(card.Display)).Append("</code></td><td>").Append(Html.E(card.Description))
                .Append("</td><td><button type=\"button\" data-card=\"").Append(Html.E(card.Display)).Append("\">Use</button></td></tr>");
        }
        return html.Append("</table><p class=\"muted\">Any future expiry date, any CVC.</p></details>").ToString();
    }

    private static IResult Challenge(StoredObject session, HttpContext http, CardForm input, TestCard card)
    {
        var id = (string)session.Json["id"]!;
        var hidden = new StringBuilder();
        foreach (var (name, value) in input.Fields())
            hidden.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Html.E(value)).Append("\">");
        var amount = MoneyFormat.Format((long)session.Json["amount_total"]!, (string)session.Json["currency"]!);
        var body = new StringBuilder(Html.ModeBanner(session.Livemode));
        body.Append("<div class=\"challenge\"><h1>3-D Secure authentication</h1>");
        body.Append("<p>Your bank asks you to confirm this payment of <strong>").Append(Html.E(amount)).Append("</strong> with the card ending in <strong>")
            .Append(Html.E(card.Last4)).Append("</strong>.</p>");
        body.Append("<p class=\"muted\">This is the emulator's stand-in for the bank's 3-D Secure page. Complete it to pay, or fail it to see the payment refused.</p>");
        body.Append("<div class=\"actions\">");
        foreach (var (action, label, css) in new[] { ("fail", "Fail authentication", "secondary"), ("complete", "Complete authentication", "pay-button") })
        {
            body.Append("<form method=\"post\" action=\"").Append(Html.E(PagePath(http, id) + "/authenticate")).Append("\">").Append(hidden)
                .Append("<input type=\"hidden\" name=\"action\" value=\"").Append(action).Append("\">")
                .Append("<button type=\"submit\" class=\"button ").Append(css).Append("\" id=\"3ds-").Append(action).Append("\">").Append(Html.E(label)).Append("</button></form>");
        }
        body.Append("</div></div>");
        return Html.Page("3-D Secure authentication (Stripe emulator)", body.ToString());
    }

    private static IResult Closed(StoredObject session)
    {
        var json = session.Json;
        var body = new StringBuilder(Html.ModeBanner(session.Livemode));
        body.Append("<div class=\"center\">");
        switch ((string?)json["status"], (string?)json["payment_status"])
        {
            case ("complete", "paid"):
                body.Append("<div class=\"state-icon\" aria-hidden=\"true\">✓</div><h1>Payment complete</h1><p class=\"muted\">This checkout session has been paid.</p>")
                    .Append("<p><a class=\"button secondary\" href=\"").Append(Html.E(SuccessUrl(json))).Append("\">Return to the merchant</a></p>");
                break;
            case ("complete", _):
                body.Append("<div class=\"state-icon warn\" aria-hidden=\"true\">…</div><h1>Payment processing</h1><p class=\"muted\">The bank debit has been submitted and is still processing.</p>")
                    .Append("<p><a class=\"button secondary\" href=\"").Append(Html.E(SuccessUrl(json))).Append("\">Return to the merchant</a></p>");
                break;
            default:
                body.Append("<div class=\"state-icon fail\" aria-hidden=\"true\">!</div><h1>This checkout session has expired</h1><p class=\"muted\">Start a new purchase from the merchant's site.</p>");
                if ((string?)json["cancel_url"] is { } cancel)
                    body.Append("<p><a class=\"button secondary\" href=\"").Append(Html.E(cancel)).Append("\">Return to the merchant</a></p>");
                break;
        }
        body.Append("</div>");
        return Html.Page("Checkout (Stripe emulator)", body.ToString());
    }

    private static IResult NotFound(string id) => Html.Page("Checkout session not found (Stripe emulator)",
        Html.ModeBanner(false) + "<div class=\"center\"><div class=\"state-icon fail\" aria-hidden=\"true\">?</div><h1>Checkout session not found</h1><p class=\"muted\">There is no checkout session <code>"
        + Html.E(id) + "</code> on this Stripe emulator.</p></div>", 404);

    /// <summary>The posted form; a body that is not one reads as an empty form, which then fails validation.</summary>
    private static async Task<IFormCollection> ReadFormAsync(HttpContext http)
    {
        if (!http.Request.HasFormContentType) return FormCollection.Empty;
        try
        {
            return await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return FormCollection.Empty;
        }
    }

    private static async Task<StoredObject?> LoadAsync(string id, HttpContext http)
    {
        await Service<CheckoutSessions>(http).ExpireDueAsync(http.RequestAborted);
        return await Service<EmulatorStore>(http).ReadAsync(s => ObjectReader.FindAnyMode(s, "checkout.session", id), http.RequestAborted);
    }

    private static string SuccessUrl(JsonObject session) =>
        ((string)session["success_url"]!).Replace("{CHECKOUT_SESSION_ID}", (string)session["id"]!, StringComparison.Ordinal);

    /// <summary>The page's own path (prefix included), whichever of its forms was posted.</summary>
    private static string PagePath(HttpContext http, string id)
    {
        var path = $"{http.Request.PathBase}{http.Request.Path}";
        var marker = $"/pay/{id}";
        var at = path.LastIndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? marker : path[..(at + marker.Length)];
    }

    private static T Service<T>(HttpContext http) where T : notnull => http.RequestServices.GetRequiredService<T>();

    /// <summary>What the customer typed, kept as typed so the form can be shown again with messages.</summary>
    private sealed record CardForm(string Email, string CardNumber, string Exp, string Cvc, string Name, string Country, string PostalCode)
    {
        public static CardForm Empty(StoredObject session) =>
            new(CheckoutSessions.KnownEmail(session) ?? "", "", "", "", "", "US", "");

        public static CardForm Read(IFormCollection form, StoredObject session) => new(
            CheckoutSessions.KnownEmail(session) ?? form["email"].ToString().Trim(),
            form["cardnumber"].ToString().Trim(), form["exp"].ToString().Trim(), form["cvc"].ToString().Trim(),
            form["name"].ToString().Trim(), Countries.Contains(form["country"].ToString()) ? form["country"].ToString() : "US",
            form["postal_code"].ToString().Trim());

        public IEnumerable<(string Name, string Value)> Fields() =>
        [
            ("email", Email), ("cardnumber", CardNumber), ("exp", Exp), ("cvc", Cvc), ("name", Name),
            ("country", Country), ("postal_code", PostalCode),
        ];

        public (int Month, int Year)? Expiry()
        {
            var digits = TestCards.Digits(Exp);
            if (digits.Length is not (4 or 6)) return null;
            var month = int.Parse(digits[..2], CultureInfo.InvariantCulture);
            var year = int.Parse(digits[2..], CultureInfo.InvariantCulture);
            if (digits.Length == 4) year += 2000;
            return month is >= 1 and <= 12 ? (month, year) : null;
        }

        /// <summary>The messages Stripe's card form shows, by field.</summary>
        public Dictionary<string, string> Validate(DateTimeOffset now)
        {
            var errors = new Dictionary<string, string>();
            if (Email.Length == 0) errors["email"] = "Your email is incomplete.";
            else if (!StripeParams.EmailPattern().IsMatch(Email)) errors["email"] = "Your email address is invalid.";

            var digits = TestCards.Digits(CardNumber);
            var typed = CardNumber.Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length < 13 && digits == typed) errors["cardnumber"] = "Your card number is incomplete.";
            else if (digits != typed || !TestCards.PassesLuhn(digits)) errors["cardnumber"] = "Your card number is invalid.";

            var expDigits = TestCards.Digits(Exp);
            if (expDigits.Length < 4) errors["exp"] = "Your card's expiration date is incomplete.";
            else if (Expiry() is not { } expiry) errors["exp"] = "Your card's expiration date is invalid.";
            else if (expiry.Year < now.Year) errors["exp"] = "Your card's expiration year is in the past.";
            else if (expiry.Year == now.Year && expiry.Month < now.Month) errors["exp"] = "Your card's expiration date is in the past.";
            else if (expiry.Year > now.Year + 50) errors["exp"] = "Your card's expiration year is invalid.";

            var cvcDigits = TestCards.Digits(Cvc);
            if (cvcDigits.Length < 3 || cvcDigits.Length != Cvc.Length) errors["cvc"] = "Your card's security code is incomplete.";
            if (Name.Length == 0) errors["name"] = "Enter the name on your card.";
            if (Country == "US" && TestCards.Digits(PostalCode).Length != 5) errors["postal_code"] = "Your ZIP is incomplete.";
            return errors;
        }
    }

    // Formats and checks as the customer types; the server checks everything again.
    private const string Script = """
        (function () {
          var form = document.getElementById('payment-form');
          if (!form) return;
          var $ = function (id) { return document.getElementById(id); };
          var digits = function (v) { return (v || '').replace(/\D/g, ''); };
          function luhn(n) { var s = 0, d = false; for (var i = n.length - 1; i >= 0; i--) { var x = +n[i]; if (d && (x *= 2) > 9) x -= 9; s += x; d = !d; } return s % 10 === 0; }
          var checks = {
            email: function (v) { if (!v) return 'Your email is incomplete.'; return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v) ? '' : 'Your email address is invalid.'; },
            cardnumber: function (v) { var n = digits(v); if (n.length < 13) return 'Your card number is incomplete.'; return luhn(n) && n.length <= 19 ? '' : 'Your card number is invalid.'; },
            exp: function (v) {
              var n = digits(v); if (n.length < 4) return "Your card's expiration date is incomplete.";
              var m = +n.slice(0, 2), y = 2000 + +n.slice(2, 4), now = new Date();
              if (m < 1 || m > 12) return "Your card's expiration date is invalid.";
              if (y < now.getFullYear()) return "Your card's expiration year is in the past.";
              if (y === now.getFullYear() && m < now.getMonth() + 1) return "Your card's expiration date is in the past.";
              return '';
            },
            cvc: function (v) { return digits(v).length >= 3 && digits(v) === v ? '' : "Your card's security code is incomplete."; },
            name: function (v) { return v.trim() ? '' : 'Enter the name on your card.'; },
            postal_code: function (v) { return $('country').value !== 'US' || digits(v).length === 5 ? '' : 'Your ZIP is incomplete.'; }
          };
          function show(id) {
            var input = $(id); if (!input || input.readOnly) return '';
            var message = checks[id](input.value.trim());
            $(id + '-error').textContent = message;
            input.classList.toggle('invalid', !!message);
            input.setAttribute('aria-invalid', message ? 'true' : 'false');
            return message;
          }
          $('cardnumber').addEventListener('input', function (e) {
            var n = digits(e.target.value).slice(0, 19); e.target.value = n.replace(/(\d{4})(?=\d)/g, '$1 ');
          });
          $('exp').addEventListener('input', function (e) {
            var n = digits(e.target.value).slice(0, 4); e.target.value = n.length > 2 ? n.slice(0, 2) + ' / ' + n.slice(2) : n;
          });
          $('cvc').addEventListener('input', function (e) { e.target.value = digits(e.target.value).slice(0, 4); });
          Object.keys(checks).forEach(function (id) { var el = $(id); if (el) el.addEventListener('blur', function () { if (el.value) show(id); }); });
          form.addEventListener('submit', function (e) {
            var bad = Object.keys(checks).map(show).filter(Boolean);
            if (bad.length) { e.preventDefault(); return; }
            var button = $('submit'); button.disabled = true; button.textContent = 'Processing…';
          });
          document.querySelectorAll('[data-card]').forEach(function (b) {
            b.addEventListener('click', function () {
              $('cardnumber').value = b.getAttribute('data-card');
              if (!$('exp').value) $('exp').value = '12 / ' + String(new Date().getFullYear() + 5).slice(2);
              if (!$('cvc').value) $('cvc').value = '123';
              if (!$('name').value) $('name').value = 'Jenny Rosen';
              if (!$('postal_code').value) $('postal_code').value = '42424';
              if (!$('email').value) $('email').value = 'jenny.rosen@example.com';
              ['cardnumber', 'exp', 'cvc', 'name', 'postal_code'].forEach(show);
            });
          });
        })();
        """;
}
