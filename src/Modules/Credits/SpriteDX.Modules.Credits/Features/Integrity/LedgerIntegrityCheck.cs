using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Credits.Data;

namespace SpriteDX.Modules.Credits.Features.Integrity;

/// <summary>Every account's balance equals the sum of its ledger, and none is negative.</summary>
internal sealed class LedgerIntegrityCheck(CreditsDbContext db) : IIntegrityCheck
{
    public string Name => "Credits: every balance equals its ledger sum";

    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken ct)
    {
        var ledgerSums = await db.Ledger.AsNoTracking()
            .GroupBy(e => e.AccountId)
            .Select(g => new { AccountId = g.Key, Sum = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(x => x.AccountId, x => x.Sum, ct);
        var balances = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.AccountId, a => a.Balance, ct);

        var problems = new List<string>();
        foreach (var accountId in balances.Keys.Union(ledgerSums.Keys).Order())
        {
            var balance = balances.GetValueOrDefault(accountId);
            var sum = ledgerSums.GetValueOrDefault(accountId);
            if (!balances.ContainsKey(accountId))
                problems.Add($"Account {accountId} has ledger entries summing to {sum} but no balance.");
            else if (balance != sum)
                problems.Add($"Account {accountId} has a balance of {balance} but its ledger sums to {sum} (off by {balance - sum}).");
            if (balance < 0)
                problems.Add($"Account {accountId} has a negative balance of {balance}.");
        }

        return problems;
    }
}
