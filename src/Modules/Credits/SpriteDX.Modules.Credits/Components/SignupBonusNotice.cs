using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Components;

/// <summary>Tells a new account about its bonus exactly once: the first claim of the notice wins.</summary>
internal sealed class SignupBonusNotice(CreditsDbContext db, TimeProvider clock)
{
    public async Task<long?> TakeAsync(Guid accountId, CancellationToken ct)
    {
        var bonus = await db.Ledger.AsNoTracking()
            .Where(e => e.AccountId == accountId && e.Kind == LedgerKind.SignupBonus)
            .OrderBy(e => e.Id)
            .Select(e => (long?)e.Amount)
            .FirstOrDefaultAsync(ct);
        if (bonus is null)
            return null;

        var now = clock.GetUtcNow();
        var claimed = await db.Accounts
            .Where(a => a.AccountId == accountId && a.BonusNoticeShownAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.BonusNoticeShownAt, now), ct);
        return claimed == 1 ? bonus : null;
    }
}
