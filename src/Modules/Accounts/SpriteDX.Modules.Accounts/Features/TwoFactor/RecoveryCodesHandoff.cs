using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SpriteDX.Modules.Accounts.Features.TwoFactor;

/// <summary>New recovery codes travel to the page that shows them once, and nowhere else (they are stored hashed).</summary>
internal static class RecoveryCodesHandoff
{
    public const int Count = 10;

    private const string Key = "spritedx.recovery_codes";

    public static void Put(ITempDataDictionary tempData, IEnumerable<string> codes) => tempData[Key] = codes.ToArray();

    public static IReadOnlyList<string> Take(ITempDataDictionary tempData) => tempData[Key] as string[] ?? [];
}
