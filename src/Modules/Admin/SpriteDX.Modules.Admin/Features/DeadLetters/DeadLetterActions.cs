using System.Text.Json;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Features.DeadLetters;

/// <summary>Notifications whose handlers ran out of retries, from every module's outbox, and what an admin does about them.</summary>
internal sealed class DeadLetterActions(IEnumerable<IDeadLetterStore> stores, AdminDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<DeadLetter>> ListAsync(CancellationToken ct)
    {
        var all = new List<DeadLetter>();
        foreach (var store in stores)
            all.AddRange(await store.ListAsync(ct));
        return all.OrderByDescending(d => d.DeadLetteredAt).ToList();
    }

    /// <summary>Delivers it again now; false when it is no longer a dead letter (someone else acted first).</summary>
    public Task<bool> RetryAsync(AdminActor admin, string module, Guid messageId, CancellationToken ct) =>
        ActAsync(admin, module, messageId, "dead_letter.retry", "Retried", (store, id) => store.RetryAsync(id, ct), ct);

    public Task<bool> DismissAsync(AdminActor admin, string module, Guid messageId, CancellationToken ct) =>
        ActAsync(admin, module, messageId, "dead_letter.dismiss", "Dismissed", (store, id) => store.DismissAsync(id, ct), ct);

    private async Task<bool> ActAsync(AdminActor admin, string module, Guid messageId, string action, string verb,
        Func<IDeadLetterStore, Guid, Task<bool>> act, CancellationToken ct)
    {
        var store = stores.SingleOrDefault(s => s.Module == module);
        var letter = store is null ? null : (await store.ListAsync(ct)).SingleOrDefault(d => d.MessageId == messageId);
        if (store is null || letter is null || !await act(store, messageId))
            return false;

        // The dead letter lives in another module's database, so its audit entry follows the action
        // rather than sharing its transaction; an action that did nothing is not audited.
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), AdminId = admin.Id, AdminEmail = admin.Email, Action = action, AccountId = AccountOf(letter),
            Details = $"{verb} {letter.Notification} {letter.MessageId} from the {letter.Module} outbox",
        });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Most notifications name the account they are about; the audit entry then shows on its page.</summary>
    private static Guid? AccountOf(DeadLetter letter)
    {
        try
        {
            using var payload = JsonDocument.Parse(letter.Payload);
            return payload.RootElement.TryGetProperty("accountId", out var id) && id.TryGetGuid(out var accountId) ? accountId : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
