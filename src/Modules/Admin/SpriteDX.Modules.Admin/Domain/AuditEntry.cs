namespace SpriteDX.Modules.Admin.Domain;

/// <summary>
/// One admin action: who, when, what, about which account, why. Append-only: nothing updates or
/// deletes a row. <see cref="DecisionKey"/> (unique) makes a submitted form count once.
/// </summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTimeOffset At { get; init; }

    public Guid AdminId { get; init; }

    public string AdminEmail { get; init; } = "";

    public string Action { get; init; } = "";

    public Guid? AccountId { get; init; }

    public string Details { get; init; } = "";

    public string Reason { get; init; } = "";

    public Guid? DecisionKey { get; init; }
}

/// <summary>The signed-in admin a decision is attributed to.</summary>
internal sealed record AdminActor(Guid Id, string Email);
