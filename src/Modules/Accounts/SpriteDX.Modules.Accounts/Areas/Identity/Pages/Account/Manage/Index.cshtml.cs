using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>The account at a glance: its address and whether it is confirmed (with a new link on request), and its age.</summary>
[Authorize]
internal sealed class IndexModel(
    UserManager<AccountUser> users,
    [FromKeyedServices(MailPerAddressLimit.Confirmation)] MailPerAddressLimit perAddress,
    AccountEmails emails) : PageModel
{
    public string Email { get; private set; } = "";

    public bool EmailConfirmed { get; private set; }

    public DateTimeOffset MemberSince { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        Show(user);
        return Page();
    }

    public async Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        if (user.EmailConfirmed)
        {
            TempData.Toast("Your e-mail address is already confirmed.", ToastKind.Info);
            return RedirectToPage();
        }

        if (!perAddress.TryAcquire(user.NormalizedEmail!))
        {
            ModelState.AddModelError(string.Empty,
                "We have sent several links to this address in the last hour. Look for them in your inbox (and spam folder), or try again later.");
            Show(user);
            return Page();
        }

        await emails.ConfirmationAsync(user.Email!, user.Id, await users.GenerateEmailConfirmationTokenAsync(user), welcome: false, cancellationToken);
        TempData.Toast($"A new confirmation link is on its way to {user.Email}.");
        return RedirectToPage();
    }

    private void Show(AccountUser user) =>
        (Email, EmailConfirmed, MemberSince) = (user.Email!, user.EmailConfirmed, user.CreatedAt);
}
