using SpriteDX.Modules.Payments.Data;
using SpriteDX.Modules.Payments.Domain;
using static SpriteDX.Modules.Payments.Data.BatchedStatement;

namespace SpriteDX.Modules.Payments.Features.Webhooks.Receive;

/// <summary>
/// Writes a batch of receipts in one transaction with one statement: an upsert keyed by Stripe's event id,
/// so a redelivery (or the same event stored by another instance at the same moment) only adds to its
/// delivery count. Raw ADO.NET: this is the module's hottest write, and change tracking would cost more
/// than the insert itself.
/// </summary>
internal static class WebhookReceiptStore
{
    private static readonly string[] Parameters = ["@id", "@type", "@livemode", "@object_id", "@payload", "@received_at", "@deliveries"];

    /// <summary>Stores the receipts and returns the ids of the events still unprocessed (new, or redelivered before they were).</summary>
    public static async Task<IReadOnlyList<string>> StoreAsync(PaymentsDbContext db, IReadOnlyList<WebhookReceipt> receipts)
    {
        var events = receipts.GroupBy(r => r.Event.Id, StringComparer.Ordinal)
            .Select(delivered => (Receipt: delivered.First(), Deliveries: delivered.Count())).ToList();
        var rows = events.ConvertAll(e => new object?[]
        {
            e.Receipt.Event.Id, e.Receipt.Event.Type, e.Receipt.Event.Livemode, e.Receipt.Event.ObjectId, e.Receipt.Payload,
            Stored<WebhookEvent>(db, nameof(WebhookEvent.ReceivedAt), e.Receipt.ReceivedAt), e.Deliveries,
        });
        // Stripe's first delivery is stored whole; a redelivery only counts (the admin page shows duplicates).
        var unprocessed = await RunAsync(db, UpsertSql(db), Parameters, rows, CancellationToken.None);
        return events.Where((_, i) => Convert.ToBoolean(unprocessed[i])).Select(e => e.Receipt.Event.Id).ToList();
    }

    private static string UpsertSql(PaymentsDbContext db)
    {
        string Column(string name) => BatchedStatement.Column(db, name);
        var (deliveries, processedAt) = (Column(nameof(WebhookEvent.Deliveries)), Column(nameof(WebhookEvent.ProcessedAt)));
        string[] columns = [Column(nameof(WebhookEvent.Id)), Column(nameof(WebhookEvent.Type)), Column(nameof(WebhookEvent.Livemode)),
            Column(nameof(WebhookEvent.ObjectId)), Column(nameof(WebhookEvent.Payload)), Column(nameof(WebhookEvent.ReceivedAt)), deliveries];
        return $"""
            INSERT INTO {Table<WebhookEvent>(db)} AS e ({string.Join(", ", columns)}, {Column(nameof(WebhookEvent.Attempts))})
            VALUES ({string.Join(", ", Parameters)}, 0)
            ON CONFLICT ({columns[0]}) DO UPDATE SET {deliveries} = e.{deliveries} + excluded.{deliveries}
            RETURNING {processedAt} IS NULL
            """;
    }
}
