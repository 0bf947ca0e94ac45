using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Modules;
using SpriteDX.Modules.Credits.Data;

namespace SpriteDX.Modules.Credits.Features.Integrity;

/// <summary>
/// Every account's balance equals the sum of its ledger, its test credits the sum of the ledger's test parts and its
/// debt the sum of the ledger's owed changes; none is negative, the test credits are a part of the balance and exist
/// not on an account that left test mode, and an account that owes credits holds no live ones (every live credit pays the debt first).
/// </summary>
internal sealed class LedgerIntegrityCheck(CreditsDbContext db) : IIntegrityCheck
{
    public string Name => "Credits: every balance and debt equals its ledger sums";

    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken ct)
    {
        var ledgerSums = await db.Ledger.AsNoTracking()
            .GroupBy(e => e.AccountId)
            .Select(g => new { AccountId = g.Key, Sum = g.Sum(e => e.Amount), Owed = g.Sum(e => e.OwedChange), Test = g.Sum(e => e.TestAmount) })
            .ToDictionaryAsync(x => x.AccountId, x => (x.Sum, x.Owed, x.Test), ct);
        var accounts = await db.Accounts.AsNoTracking().ToDictionaryAsync(a => a.AccountId, ct);

        var problems = new List<string>();
        foreach (var accountId in accounts.Keys.Union(ledgerSums.Keys).Order())
        {
            var (sum, owedSum, testSum) = ledgerSums.GetValueOrDefault(accountId);
            if (!accounts.TryGetValue(accountId, out var account))
            {
                problems.Add($"Account {accountId} has ledger entries summing to {sum} but no balance.");
                continue;
            }

            var (balance, owed, test) = (account.Balance, account.Owed, account.TestBalance);

            if (balance != sum)
                problems.Add($"Account {accountId} has a balance of {balance} but its ledger sums to {sum} (off by {balance - sum}).");
            if (owed != owedSum)
                problems.Add($"Account {accountId} owes {owed} credits but its ledger records {owedSum} owed (off by {owed - owedSum}).");
            if (balance < 0)
                problems.Add($"Account {accountId} has a negative balance of {balance}.");
            if (owed < 0)
                problems.Add($"Account {accountId} owes a negative {owed} credits.");
            if (test != testSum)
                problems.Add($"Account {accountId} holds {test} test credits but its ledger records {testSum} (off by {test - testSum}).");
            if (test < 0 || test > balance)
                problems.Add($"Account {accountId} holds {test} test credits, outside its balance of {balance}.");
            if (test > 0 && !account.AcceptsTestCredits)
                problems.Add($"Account {accountId} holds {test} test credits but left test mode: they were not removed.");
            if (owed > 0 && account.LiveBalance > 0)
                problems.Add($"Account {accountId} owes {owed} credits while holding {account.LiveBalance}: a credit did not pay the debt first.");
        }

        return problems;
    }
}
