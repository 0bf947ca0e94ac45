using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;
using SpriteDX.Modules.Accounts.Features.Registration;
using SpriteDX.Modules.Accounts.Features.Sessions;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>
/// Sets a new password from an e-mailed link, then signs the person in. The reset changes the security stamp, which
/// makes the link (and any other outstanding one) unusable; every session of the account ends, and the account is told by e-mail.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsModule.PasswordResetRateLimit)]
internal sealed class ResetPasswordModel(
    UserManager<AccountUser> users, SignInManager<AccountUser> signIn, AccountSessions sessions, AccountEmails emails) : PageModel
{
    private const string LinkNotValid =
        "This reset link has expired, was already used, or is incomplete. Ask for a new one below.";

    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool LinkRefused { get; private set; }

    public IActionResult OnGet(string? email, string? code)
    {
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code))
            return RefuseLink();
        Input = new ResetPasswordInput { Email = email, Code = code };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
            return string.IsNullOrEmpty(Input.Code) ? RefuseLink() : Page();

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
            return RefuseLink();

        var reset = await users.ResetPasswordAsync(user, Input.Code, Input.Password);
        if (!reset.Succeeded)
        {
            if (reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
                return RefuseLink();
            foreach (var error in reset.Errors)
                ModelState.AddModelError("Input.Password", error.Description);
            return Page();
        }

        // Whoever holds the inbox holds the account: a lockout from someone guessing passwords ends with the reset.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(user.Id, keep: null, HttpContext.RequestAborted);
        await emails.PasswordChangedAsync(user.Email!, HttpContext.RequestAborted);
        if (user.IsSuspended)
            return RedirectToPage("./Login");
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    private PageResult RefuseLink()
    {
        LinkRefused = true;
        ModelState.AddModelError(string.Empty, LinkNotValid);
        return Page();
    }

    public sealed class ResetPasswordInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [SingleEmailAddress]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password.")]
        [DataType(DataType.Password)]
        [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
        public string Password { get; set; } = "";

        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";

        [Required]
        public string Code { get; set; } = "";
    }
}
