namespace SpriteDX.Modules.Credits;

/// <summary>The `Credits` configuration section.</summary>
internal sealed class CreditsOptions
{
    public int SignupBonus { get; set; } = 100;

    /// <summary>A reservation older than this is given back: the generation is taken to have died.</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(10);

    public int LedgerPageSize { get; set; } = 25;
}
