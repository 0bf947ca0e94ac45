using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SpriteDX.StripeEmulator.Pages;

/// <summary>
/// Pages rendered as plain HTML strings from minimal-API endpoints: Razor Pages in this assembly would be
/// discovered by the Host's Razor Pages and served at the Host's routes. Everything dynamic goes through
/// <see cref="E"/>; the CSS is inline so the pages need nothing from outside.
/// </summary>
internal static class Html
{
    // Encodes what HTML treats specially (< > & " ') but leaves other characters readable (•, €, é).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    public static string E(long number) => number.ToString(CultureInfo.InvariantCulture);

    public static string Time(long unixSeconds) =>
        DateTimeOffset.FromUnixTimeSeconds(unixSeconds).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static IResult Page(string title, string body, int statusCode = 200, string? script = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"robots\" content=\"noindex\">")
            .Append("<title>").Append(E(title)).Append("</title><style>").Append(Css).Append("</style></head><body>")
            .Append(body);
        if (script is not null) html.Append("<script>").Append(script).Append("</script>");
        html.Append("</body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    public static string ModeBanner(bool livemode) => livemode
        ? "<div class=\"mode-banner live\" role=\"note\"><strong>Emulated live mode</strong> · This is the Stripe emulator, a local test stand-in for Stripe. No real money moves.</div>"
        : "<div class=\"mode-banner\" role=\"note\"><strong>Test mode</strong> · This is the Stripe emulator, a local test stand-in for Stripe Checkout. No real payment is made.</div>";

    private const string Css = """
        :root { --ink:#1a1f36; --muted:#697386; --line:#e3e8ee; --accent:#635bff; --accent-dark:#4b45c6; --danger:#df1b41; --bg:#f6f9fc; }
        * { box-sizing:border-box; }
        html,body { margin:0; }
        body { font:15px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; color:var(--ink); background:#fff; }
        a { color:var(--accent); }
        .mode-banner { background:#fff4d6; color:#6b4e00; border-bottom:1px solid #f5d98b; text-align:center; padding:8px 16px; font-size:13px; }
        .mode-banner.live { background:#ffe3e8; color:#7a1023; border-color:#f5b5c2; }
        .checkout { display:grid; grid-template-columns:1fr 1fr; min-height:calc(100vh - 38px); }
        .summary { background:var(--bg); border-right:1px solid var(--line); padding:40px 56px; display:flex; justify-content:flex-end; }
        .pay { padding:40px 56px; }
        .column { width:100%; max-width:400px; }
        .merchant { display:flex; align-items:center; gap:10px; margin-bottom:32px; }
        .back { text-decoration:none; color:var(--muted); font-size:14px; display:inline-flex; align-items:center; gap:6px; }
        .back:hover { color:var(--ink); }
        .logo { width:28px; height:28px; border-radius:50%; background:linear-gradient(135deg,#7a73ff,#3ec7e0); display:inline-block; }
        .merchant-name { font-weight:600; }
        .pill { font-size:11px; font-weight:700; letter-spacing:.04em; text-transform:uppercase; background:#ffde92; color:#6b4e00; border-radius:4px; padding:2px 6px; }
        .pill.live { background:#ffc7d2; color:#7a1023; }
        .pay-label { color:var(--muted); font-weight:500; margin:0; }
        .total { font-size:36px; font-weight:650; letter-spacing:-.02em; margin:4px 0 28px; }
        .items { list-style:none; margin:0; padding:0; }
        .item { display:grid; grid-template-columns:40px 1fr auto; gap:14px; align-items:start; padding:12px 0; }
        .thumb { width:40px; height:40px; border-radius:6px; background:#e6e9fc; display:flex; align-items:center; justify-content:center; color:var(--accent); font-weight:700; }
        .item-name { font-weight:600; }
        .item-desc, .item-qty { color:var(--muted); font-size:13px; }
        .item-amount { font-weight:600; }
        .totals { border-top:1px solid var(--line); margin-top:12px; padding-top:12px; }
        .totals div { display:flex; justify-content:space-between; padding:4px 0; }
        .totals .due { font-weight:650; }
        .footer-note { margin-top:40px; font-size:12px; color:var(--muted); word-break:break-all; }
        h1 { font-size:20px; margin:0 0 20px; font-weight:600; }
        h2 { font-size:17px; margin:28px 0 10px; font-weight:600; }
        label, .group-label { display:block; font-size:13px; font-weight:500; color:#3c4257; margin:14px 0 6px; }
        input, select { width:100%; font:inherit; color:var(--ink); padding:10px 12px; border:1px solid #d8dee6; border-radius:6px; background:#fff; box-shadow:0 1px 1px rgba(0,0,0,.03); }
        input:focus, select:focus { outline:none; border-color:var(--accent); box-shadow:0 0 0 3px rgba(99,91,255,.2); }
        input[readonly] { background:var(--bg); color:var(--muted); }
        input.invalid, select.invalid { border-color:var(--danger); box-shadow:0 0 0 1px var(--danger); }
        .row { display:grid; grid-template-columns:1fr 1fr; gap:12px; }
        .row label { margin-top:10px; }
        .field-error { color:var(--danger); font-size:13px; margin:6px 0 0; min-height:0; }
        .field-error:empty { display:none; }
        .banner-error { background:#fff0f3; border:1px solid #ffc2cf; color:#a3102f; border-radius:6px; padding:10px 12px; margin:18px 0 0; font-size:14px; }
        button, .button { display:inline-block; font:inherit; font-weight:600; border:0; border-radius:6px; cursor:pointer; text-decoration:none; text-align:center; }
        .pay-button { width:100%; margin-top:24px; padding:13px; background:var(--accent); color:#fff; font-size:16px; box-shadow:0 2px 5px rgba(50,50,93,.15); }
        .pay-button:hover { background:var(--accent-dark); }
        .pay-button[disabled] { opacity:.7; cursor:progress; }
        .secondary { background:#fff; color:var(--ink); border:1px solid #d8dee6; padding:10px 16px; }
        .danger { background:var(--danger); color:#fff; padding:10px 16px; }
        .fine { color:var(--muted); font-size:12px; text-align:center; margin:14px 0 0; }
        .consent { color:var(--muted); font-size:13px; background:var(--bg); border:1px solid var(--line); border-radius:6px; padding:10px 12px; margin:18px 0 0; }
        .test-cards { margin-top:28px; border:1px dashed #d8dee6; border-radius:8px; padding:12px 14px; font-size:13px; }
        .test-cards summary { cursor:pointer; font-weight:600; }
        .test-cards table { width:100%; border-collapse:collapse; margin-top:8px; }
        .test-cards td { padding:5px 0; border-top:1px solid var(--line); }
        .test-cards code { font-size:12.5px; }
        .test-cards button { background:none; color:var(--accent); padding:2px 6px; font-size:12px; }
        .center { max-width:460px; margin:64px auto; padding:0 24px; text-align:center; }
        .state-icon { width:56px; height:56px; border-radius:50%; margin:0 auto 16px; display:flex; align-items:center; justify-content:center; font-size:28px; color:#fff; background:#2cb67d; }
        .state-icon.warn { background:#e5a000; }
        .state-icon.fail { background:var(--danger); }
        .muted { color:var(--muted); }
        .challenge { max-width:500px; margin:56px auto; border:1px solid var(--line); border-radius:10px; padding:28px; box-shadow:0 8px 24px rgba(50,50,93,.08); }
        .challenge .actions { display:flex; gap:12px; margin-top:22px; }
        .challenge .actions form { flex:1; }
        .challenge .actions button { width:100%; padding:12px; margin:0; font-size:15px; white-space:nowrap; }
        .dash { max-width:1180px; margin:0 auto; padding:24px; }
        .dash table { width:100%; border-collapse:collapse; font-size:13px; margin-bottom:8px; }
        .dash th { text-align:left; color:var(--muted); font-weight:600; border-bottom:1px solid var(--line); padding:6px 8px; white-space:nowrap; }
        .dash td { border-bottom:1px solid var(--line); padding:6px 8px; vertical-align:top; }
        .dash code { font-size:12px; word-break:break-all; }
        .dash td.nowrap { white-space:nowrap; }
        .dash button { padding:4px 10px; font-size:12px; }
        .tag { display:inline-block; border-radius:4px; padding:1px 6px; font-size:12px; background:#eef0f4; }
        .tag.ok { background:#d7f7e4; color:#0b6b3a; } .tag.bad { background:#ffe3e8; color:#a3102f; } .tag.wait { background:#fff4d6; color:#6b4e00; }
        @media (max-width: 820px) {
          .checkout { grid-template-columns:1fr; }
          .summary { border-right:0; border-bottom:1px solid var(--line); padding:28px 24px; justify-content:center; }
          .pay { padding:28px 24px; display:flex; justify-content:center; }
        }
        """;
}
