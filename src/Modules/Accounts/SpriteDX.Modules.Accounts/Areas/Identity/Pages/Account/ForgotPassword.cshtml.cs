using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Mail;
using SpriteDX.Modules.Accounts.Features.Registration;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>
/// Asks for a reset link by e-mail. The answer is the same whether or not the address has an account, and the
/// mail is only queued here (sent in the background), so neither the page nor its timing tells who is a customer.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsModule.PasswordResetRateLimit)]
internal sealed class ForgotPasswordModel(
    UserManager<AccountUser> users, [FromKeyedServices(MailPerAddressLimit.PasswordReset)] MailPerAddressLimit throttle, AccountEmails emails) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    public bool Requested { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return Page();

        var email = Input.Email.Trim();
        if (throttle.TryAcquire(users.NormalizeEmail(email)) && await users.FindByEmailAsync(email) is { IsSuspended: false } user)
            await emails.PasswordResetAsync(user.Email!, await users.GeneratePasswordResetTokenAsync(user), cancellationToken);

        Requested = true;
        return Page();
    }

    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [SingleEmailAddress]
        [StringLength(256, ErrorMessage = "That email address is too long.")]
        public string Email { get; set; } = "";
    }
}
