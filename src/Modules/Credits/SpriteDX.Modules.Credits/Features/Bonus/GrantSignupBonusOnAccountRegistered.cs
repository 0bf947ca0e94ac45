using MediatR;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Inbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Credits.Data;
using SpriteDX.Modules.Credits.Domain;

namespace SpriteDX.Modules.Credits.Features.Bonus;

internal sealed class GrantSignupBonusOnAccountRegistered(CreditsDbContext db, CreditLedger ledger, IOptions<CreditsOptions> options)
    : INotificationHandler<AccountRegistered>
{
    /// <summary>The bonus's ledger source is the account itself: ("account", its id), unique with the kind.</summary>
    public const string SourceType = "account";

    public Task Handle(AccountRegistered e, CancellationToken ct) =>
        db.HandleOnceAsync(e.MessageId, nameof(GrantSignupBonusOnAccountRegistered), async () =>
        {
            var bonus = options.Value.SignupBonus;
            if (bonus > 0 && !e.AddressUsedBefore) // once per address: deleting and signing up again earns nothing
                await ledger.MoveAsync(new CreditMovement(e.AccountId, LedgerKind.SignupBonus, bonus, SourceType, e.AccountId.ToString(), "Welcome bonus"), ct);
        }, ct);
}
