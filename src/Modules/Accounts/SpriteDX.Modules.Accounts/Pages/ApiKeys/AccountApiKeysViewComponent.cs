using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Modules.Accounts.Features.ApiKeys;

namespace SpriteDX.Modules.Accounts.Pages.ApiKeys;

/// <summary>
/// An account's API keys on its Admin page, each revocable. Public for MVC to find it; the manager is internal, so it
/// comes from the request's services.
/// </summary>
public sealed class AccountApiKeysViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid accountId)
    {
        var keys = await HttpContext.RequestServices.GetRequiredService<ApiKeyManager>().ListAsync(accountId, HttpContext.RequestAborted);
        return View("/Pages/ApiKeys/_AccountApiKeys.cshtml", new AccountApiKeys(accountId, keys));
    }
}

internal sealed record AccountApiKeys(Guid AccountId, IReadOnlyList<ApiKeyLine> Keys);
