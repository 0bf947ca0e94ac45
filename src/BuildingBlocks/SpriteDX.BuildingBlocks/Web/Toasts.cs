using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>A one-off message shown after a redirect; the Host's layout renders it as a toast.</summary>
public static class Toasts
{
    public const string MessageKey = "spritedx.toast.message";
    public const string KindKey = "spritedx.toast.kind";

    public static void Toast(this ITempDataDictionary tempData, string message, ToastKind kind = ToastKind.Success)
    {
        tempData[MessageKey] = message;
        tempData[KindKey] = kind.ToString().ToLowerInvariant();
    }
}

public enum ToastKind
{
    Success,
    Info,
    Error,
}
