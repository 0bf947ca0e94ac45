using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Admin;

/// <summary>Which received events to list: a status (or only those Stripe delivered more than once) and an event type.</summary>
internal sealed record WebhookEventFilter(WebhookEventStatus? Status = null, bool DuplicatesOnly = false, string? Type = null);

/// <summary>A received event with the purchase it is about, when SpriteDX knows one.</summary>
internal sealed record WebhookEventRow(WebhookEvent Event, Purchase? Purchase);

internal sealed record WebhookEventPage(IReadOnlyList<WebhookEventRow> Rows, string? OlderThan);

/// <summary>
/// The webhook inbox as people read it: newest first, filtered, keyset-paged on (received at, event id) so
/// a page never repeats or skips events that arrived in the same instant.
/// </summary>
internal sealed class WebhookEventLog(PaymentsDbContext db)
{
    public async Task<WebhookEventPage> PageAsync(WebhookEventFilter filter, string? olderThan, int size, CancellationToken ct)
    {
        var (type, duplicates) = (filter.Type, filter.DuplicatesOnly);
        var query = db.WebhookEvents.AsNoTracking().Where(WithStatus(filter.Status))
            .Where(e => (type == null || e.Type == type) && (!duplicates || e.Deliveries > 1));
        if (Cursor.Parse(olderThan) is { } cursor)
            query = query.Where(e => e.ReceivedAt < cursor.At || (e.ReceivedAt == cursor.At && string.Compare(e.Id, cursor.Id) < 0));
        var events = await query.OrderByDescending(e => e.ReceivedAt).ThenByDescending(e => e.Id).Take(size + 1).ToListAsync(ct);
        var page = events.Take(size).ToList();
        return new WebhookEventPage(await WithPurchasesAsync(page, ct), events.Count > size ? Cursor.Format(page[^1]) : null);
    }

    /// <summary>Every event type received so far, for the filter.</summary>
    public async Task<IReadOnlyList<string>> TypesAsync(CancellationToken ct) =>
        await db.WebhookEvents.AsNoTracking().Select(e => e.Type).Distinct().OrderBy(t => t).ToListAsync(ct);

    private static Expression<Func<WebhookEvent, bool>> WithStatus(WebhookEventStatus? status) => status switch
    {
        WebhookEventStatus.Pending => e => e.Outcome == null && e.LastError == null,
        WebhookEventStatus.Failed => e => e.Outcome == null && e.LastError != null,
        WebhookEventStatus.Processed => e => e.Outcome == WebhookOutcome.Applied,
        WebhookEventStatus.Ignored => e => e.Outcome == WebhookOutcome.Ignored,
        WebhookEventStatus.Rejected => e => e.Outcome == WebhookOutcome.Rejected,
        WebhookEventStatus.CrossMode => e => e.Outcome == WebhookOutcome.WrongMode,
        _ => e => true,
    };

    /// <summary>Session events name the purchase's session, refunds its charge, disputes an adjustment it recorded.</summary>
    private async Task<IReadOnlyList<WebhookEventRow>> WithPurchasesAsync(IReadOnlyList<WebhookEvent> events, CancellationToken ct)
    {
        var objectIds = events.Select(e => e.ObjectId).OfType<string>().Distinct().ToList();
        var byDispute = await db.Adjustments.AsNoTracking().Where(a => objectIds.Contains(a.StripeId))
            .ToDictionaryAsync(a => a.StripeId, a => a.PurchaseId, ct);
        var purchaseIds = byDispute.Values.Distinct().ToList();
        var purchases = await db.Purchases.AsNoTracking()
            .Where(p => objectIds.Contains(p.CheckoutSessionId!) || objectIds.Contains(p.ChargeId!) || purchaseIds.Contains(p.Id))
            .ToListAsync(ct);

        Purchase? PurchaseOf(string? objectId) => objectId is null ? null
            : purchases.FirstOrDefault(p => p.CheckoutSessionId == objectId || p.ChargeId == objectId
                                            || (byDispute.TryGetValue(objectId, out var id) && p.Id == id));
        return events.Select(e => new WebhookEventRow(e, PurchaseOf(e.ObjectId))).ToList();
    }

    /// <summary>"{received at, UTC ticks}.{event id}", the last row of a page.</summary>
    private sealed record Cursor(DateTimeOffset At, string Id)
    {
        public static string Format(WebhookEvent last) => $"{last.ReceivedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}.{last.Id}";

        public static Cursor? Parse(string? text)
        {
            var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
            return dot > 0 && long.TryParse(text![..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                           && ticks <= DateTimeOffset.MaxValue.UtcTicks && dot < text.Length - 1
                ? new Cursor(new DateTimeOffset(ticks, TimeSpan.Zero), text[(dot + 1)..])
                : null;
        }
    }
}
