using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Accounts.Contracts;
using SpriteDX.Modules.Accounts.Data;
using SpriteDX.Modules.Accounts.Domain;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>
/// The link of a confirmation e-mail: confirms the account's address or, with <c>email</c>, switches the account to
/// the new address it was sent to. Anyone holding the link may open it (it may be read on another device); a bad,
/// expired or used link gets a page that says so and changes nothing.
/// </summary>
[AllowAnonymous]
internal sealed class ConfirmEmailModel(
    UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AccountsDbContext db, TimeProvider clock) : PageModel
{
    public ConfirmationOutcome Outcome { get; private set; }

    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? userId, string? code, string? email)
    {
        var user = userId is null || string.IsNullOrEmpty(code) ? null : await users.FindByIdAsync(userId.Value.ToString());
        if (user is null)
            return Show(ConfirmationOutcome.LinkRefused);
        return string.IsNullOrEmpty(email) ? await ConfirmAsync(user, code!) : await ChangeAsync(user, email, code!);
    }

    private async Task<IActionResult> ConfirmAsync(AccountUser user, string code)
    {
        Email = user.Email!;
        // The token stays valid after use (confirming changes no stamp): a second click only hears that it is done.
        if (user.EmailConfirmed)
            return Show(ConfirmationOutcome.AlreadyConfirmed);
        var confirmed = await users.ConfirmEmailAsync(user, code);
        return Show(confirmed.Succeeded ? ConfirmationOutcome.Confirmed : ConfirmationOutcome.LinkRefused);
    }

    private async Task<IActionResult> ChangeAsync(AccountUser user, string newEmail, string code)
    {
        Email = newEmail;
        if (string.Equals(user.Email, newEmail, StringComparison.OrdinalIgnoreCase) && user.EmailConfirmed)
            return Show(ConfirmationOutcome.AlreadyConfirmed);

        var previousEmail = user.Email!;
        IdentityResult changed;
        try
        {
            // Checks the token against the new address and renews the security stamp, so the link works once.
            changed = await users.ChangeEmailAsync(user, newEmail, code);
            if (changed.Succeeded)
                changed = await users.SetUserNameAsync(user, newEmail); // the address is also the sign-in name
        }
        catch (DbUpdateException)
        {
            // Another account took the address between the check and the save: the unique index keeps them apart.
            return Show(ConfirmationOutcome.AddressTaken);
        }

        if (!changed.Succeeded)
            return Show(changed.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? ConfirmationOutcome.AddressTaken
                : ConfirmationOutcome.LinkRefused);

        db.Outbox.Add(new AccountEmailChanged(Guid.NewGuid(), clock.GetUtcNow(), user.Id, previousEmail, user.Email!));
        await db.SaveAndPublishAsync(HttpContext.RequestAborted);
        // The new stamp ends the account's other sessions; this browser, if it is the account's, stays signed in.
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString())
            await signIn.RefreshSignInAsync(user);
        return Show(ConfirmationOutcome.Changed);
    }

    private PageResult Show(ConfirmationOutcome outcome)
    {
        Outcome = outcome;
        return Page();
    }

    public enum ConfirmationOutcome
    {
        LinkRefused,
        Confirmed,
        AlreadyConfirmed,
        Changed,
        AddressTaken,
    }
}
