using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.IntegrationTests.Infrastructure;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Generation.Contracts;

namespace SpriteDX.IntegrationTests.Credits;

/// <summary>A signed-up person and the ways a test looks at their credits.</summary>
internal sealed partial class Player(SpriteDxApp app, TestBrowser browser, string email, Guid accountId) : IDisposable
{
    public string Email => email;

    public Guid AccountId => accountId;

    public TestBrowser Browser => browser;

    public static async Task<Player> SignUpAsync(SpriteDxApp app)
    {
        var browser = app.NewBrowser();
        var email = Emails.Unique();
        await browser.SignUpAsync(email);
        return new Player(app, browser, email, await app.AccountIdAsync(email));
    }

    public async Task<long> BalanceAsync() =>
        (await browser.Client.GetFromJsonAsync<BalanceBody>("/api/credits/balance"))!.Balance;

    /// <summary>The ledger kinds on the billing page, newest first (one page).</summary>
    public async Task<IReadOnlyList<string>> LedgerKindsAsync(string url = "/billing") =>
        LedgerKindsIn((await browser.GetAsync(url)).Html);

    /// <summary>The ledger kinds a billing page shows, newest first.</summary>
    public static IReadOnlyList<string> LedgerKindsIn(string billingHtml) =>
        LedgerKind().Matches(billingHtml).Select(m => m.Groups[1].Value).ToList();

    public Task<Guid> RequestGenerationAsync(int cost = 10) => RequestGenerationAsync(Guid.NewGuid(), cost);

    public async Task<Guid> RequestGenerationAsync(Guid generationId, int cost)
    {
        await app.PublishAsync(new GenerationRequested(Guid.NewGuid(), DateTimeOffset.UtcNow, generationId, accountId, cost));
        return generationId;
    }

    public Task<bool> LedgerMatchesBalanceAsync() =>
        app.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<CreditsDbContext>();
            var sum = await db.Ledger.Where(e => e.AccountId == accountId).SumAsync(e => e.Amount);
            var stored = await db.Accounts.Where(a => a.AccountId == accountId).Select(a => a.Balance).SingleAsync();
            return sum == stored;
        });

    public void Dispose() => browser.Dispose();

    private sealed record BalanceBody(long Balance);

    [GeneratedRegex("data-ledger-kind=\"([a-z_]+)\"")]
    private static partial Regex LedgerKind();
}
