using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;
using SpriteDX.Modules.Accounts.Features.Registration;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Asks to move the account to another address: a link goes to the new address, and nothing changes until it is
/// opened (ConfirmEmail), so a typo or someone else's address never locks the person out.
/// </summary>
[Authorize]
internal sealed class EmailModel(
    UserManager<AccountUser> users,
    [FromKeyedServices(MailPerAddressLimit.Confirmation)] MailPerAddressLimit perAddress,
    AccountEmails emails) : PageModel
{
    [BindProperty]
    public ChangeEmailInput Input { get; set; } = new();

    public string CurrentEmail { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        CurrentEmail = user.Email!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();
        CurrentEmail = user.Email!;
        if (!ModelState.IsValid)
            return Page();

        var newEmail = Input.NewEmail.Trim();
        var normalized = users.NormalizeEmail(newEmail);
        if (normalized == user.NormalizedEmail)
            return Refuse("That is already your address.");
        if (await users.FindByEmailAsync(newEmail) is not null)
            return Refuse("Another account already uses that address. Choose a different one.");
        if (!perAddress.TryAcquire(normalized))
            return Refuse("We have sent several links to that address in the last hour. Look for them there, or try again later.");

        await emails.NewAddressAsync(newEmail, user.Id, await users.GenerateChangeEmailTokenAsync(user, newEmail), cancellationToken);
        TempData.Toast($"We sent a link to {newEmail}. Your address changes when you open it.");
        return RedirectToPage();
    }

    private PageResult Refuse(string message)
    {
        ModelState.AddModelError("Input.NewEmail", message);
        return Page();
    }

    public sealed class ChangeEmailInput
    {
        [Required(ErrorMessage = "Enter the new address.")]
        [SingleEmailAddress]
        [StringLength(254, ErrorMessage = "That email address is too long.")]
        public string NewEmail { get; set; } = "";
    }
}
