using Microsoft.EntityFrameworkCore;

namespace SpriteDX.Modules.Credits.Features.SpendByKey;

/// <summary>
/// Which API key asked for a generation, kept beside the ledger (not in it) so Usage and Billing can show one key's
/// spending: its rows join the ledger on the generation's source id.
/// </summary>
internal sealed class ApiKeySpend
{
    /// <summary>The generation's id as the ledger's SourceId holds it.</summary>
    public string SourceId { get; init; } = "";

    public Guid AccountId { get; init; }

    public Guid ApiKeyId { get; init; }

    public string ApiKeyName { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public static void Configure(ModelBuilder builder) => builder.Entity<ApiKeySpend>(spend =>
    {
        spend.ToTable("api_key_spends");
        spend.HasKey(s => s.SourceId);
        spend.Property(s => s.SourceId).HasMaxLength(100);
        spend.Property(s => s.ApiKeyName).HasMaxLength(60);
        spend.HasIndex(s => new { s.AccountId, s.ApiKeyId });
    });
}
