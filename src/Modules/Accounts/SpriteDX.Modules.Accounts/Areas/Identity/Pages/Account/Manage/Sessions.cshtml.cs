using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Sessions;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>Where the account is signed in; any one session, or all of them at once, can be ended from here.</summary>
[Authorize]
internal sealed class SessionsModel(AccountSessions sessions, SignInManager<AccountUser> signIn) : PageModel
{
    public IReadOnlyList<AccountSession> Active { get; private set; } = [];

    public Guid? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Current = AccountSessions.IdOf(User);
        Active = await sessions.ActiveAsync(User.AccountId(), cancellationToken);
    }

    public async Task<IActionResult> OnPostEndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (sessionId == AccountSessions.IdOf(User))
            return await SignOutHereAsync("You are signed out.");
        await sessions.EndAsync(User.AccountId(), sessionId, cancellationToken);
        TempData.Toast("That session is signed out.");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndAllAsync(CancellationToken cancellationToken)
    {
        await sessions.EndAllAsync(User.AccountId(), keep: null, cancellationToken);
        return await SignOutHereAsync("You are signed out everywhere.");
    }

    private async Task<IActionResult> SignOutHereAsync(string message)
    {
        await signIn.SignOutAsync();
        TempData.Toast(message, ToastKind.Info);
        return LocalRedirect(AccountsLinks.LogIn);
    }
}
