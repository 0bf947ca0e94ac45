using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Web;

/// <summary>The places on a page that other modules fill: the page names its slot, modules add their view components to it.</summary>
public static class PageSlots
{
    /// <summary>The layout's header beside the user menu, for a signed-in person: Credits' balance badge.</summary>
    public const string Header = "header";

    /// <summary>The home page (Host) below its introduction: Generation's prompt form and the person's sprites.</summary>
    public const string Home = "home";

    /// <summary>Usage and Billing (Credits) below the credit history: Payments' purchases and receipts.</summary>
    public const string Billing = "billing";

    /// <summary>Each pack on Buy credits (Payments), given the pack's <c>credits</c>: Credits says what the pack really adds when something is owed.</summary>
    public const string BuyPack = "buy-pack";

    /// <summary>An account's page in Admin, given the <c>accountId</c>: Accounts' API keys, Payments' customers, saved cards and top-ups.</summary>
    public const string AdminAccount = "admin-account";
}

/// <summary>A view component a module renders, in order, in a slot of a page another module (or the Host) composes.</summary>
public sealed record PageSection(string Slot, Type ViewComponent, int Order);

public static class PageSectionExtensions
{
    public static IServiceCollection AddPageSection<TViewComponent>(this IServiceCollection services, string slot, int order)
        where TViewComponent : ViewComponent =>
        services.AddSingleton(new PageSection(slot, typeof(TViewComponent), order));

    /// <summary>
    /// Renders every section of the slot, in order, each given the slot's <paramref name="arguments"/> (what the
    /// page knows at that place, e.g. a pack's credits); an empty slot renders nothing.
    /// </summary>
    public static async Task<IHtmlContent> SlotAsync(this IViewComponentHelper components, IEnumerable<PageSection> sections, string slot, object? arguments = null)
    {
        var html = new HtmlContentBuilder();
        foreach (var section in sections.Where(s => s.Slot == slot).OrderBy(s => s.Order))
            html.AppendHtml(await components.InvokeAsync(section.ViewComponent, arguments));
        return html;
    }
}
