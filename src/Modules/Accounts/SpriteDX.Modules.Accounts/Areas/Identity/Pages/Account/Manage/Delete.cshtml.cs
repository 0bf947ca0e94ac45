using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Deletion;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account.Manage;

/// <summary>Deletes the account for good once the person gives their password; they are signed out everywhere.</summary>
[Authorize]
[EnableRateLimiting(AccountsModule.SignInRateLimit)] // the password is a password guess like any other
internal sealed class DeleteModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AccountDeletion deletion) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password to delete your account.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Page();
        if (await users.GetUserAsync(User) is not { } user)
            return Challenge();

        switch (await deletion.DeleteAsync(user, Password, cancellationToken))
        {
            case DeletionOutcome.Deleted:
                await signIn.SignOutAsync();
                TempData.Toast("Your account is deleted. A last e-mail confirms it.", ToastKind.Info);
                return LocalRedirect("/");
            case DeletionOutcome.WrongPassword:
                ModelState.AddModelError(nameof(Password), "That is not your password. Nothing was deleted.");
                return Page();
            case DeletionOutcome.LockedOut:
                ModelState.AddModelError(nameof(Password), "Too many wrong passwords: try again in a few minutes. Nothing was deleted.");
                return Page();
            case DeletionOutcome.LastAdmin:
                ModelState.AddModelError(string.Empty,
                    "You are the only admin. Make another account an admin first (Admin → Accounts), then delete this one.");
                return Page();
            default:
                throw new UnreachableException();
        }
    }
}
