using Microsoft.Extensions.Options;

namespace SpriteDX.Modules.Payments.Domain;

/// <summary>The packs on sale, from configuration.</summary>
internal sealed class CreditPackCatalog(IOptions<PaymentsOptions> options)
{
    public IReadOnlyList<CreditPack> All => options.Value.Packs;

    public CreditPack? Find(string? packId) => All.FirstOrDefault(p => string.Equals(p.Id, packId, StringComparison.Ordinal));

    /// <summary>How much cheaper per credit a pack is than the dearest one, in whole percent.</summary>
    public int SavingPercent(CreditPack pack)
    {
        var dearest = All.Where(p => p.Currency == pack.Currency).Max(p => p.PricePerCredit);
        return (int)Math.Round((1 - pack.PricePerCredit / dearest) * 100, MidpointRounding.AwayFromZero);
    }
}
