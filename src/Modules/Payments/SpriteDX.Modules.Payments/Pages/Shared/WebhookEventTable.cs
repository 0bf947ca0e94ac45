using SpriteDX.Modules.Payments.Features.Webhooks.Admin;

namespace SpriteDX.Modules.Payments.Pages.Shared;

/// <summary>The model of _WebhookEventTable: rows, whether Replay buttons show, and the list query a replay returns to.</summary>
internal sealed record WebhookEventTable(IReadOnlyList<WebhookEventRow> Rows, bool CanReplay, string ReturnQuery = "");
