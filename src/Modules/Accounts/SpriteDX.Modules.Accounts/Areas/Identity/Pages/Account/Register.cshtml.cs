using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.Deletion;
using SpriteDX.Modules.Accounts.Features.Registration;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>Sign-up: the account is created and signed in at once (no mail server by default).</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountsModule.SignUpRateLimit)]
internal sealed class RegisterModel : PageModel
{
    private const string EmailTaken = "An account with this email already exists. Log in instead, or use another email.";

    private readonly UserManager<AccountUser> _users;
    private readonly SignInManager<AccountUser> _signIn;
    private readonly AccountsOptions _options;
    private readonly TimeProvider _clock;
    private readonly AdminTwoFactorRule _adminTwoFactor;
    private readonly AddressFingerprints _deletedAddresses;

    public RegisterModel(UserManager<AccountUser> users, SignInManager<AccountUser> signIn, IOptions<AccountsOptions> options,
        TimeProvider clock, SignUpOffer offer, AdminTwoFactorRule adminTwoFactor, AddressFingerprints deletedAddresses)
    {
        _users = users;
        _signIn = signIn;
        _options = options.Value;
        _clock = clock;
        _adminTwoFactor = adminTwoFactor;
        _deletedAddresses = deletedAddresses;
        SignupBonus = offer.BonusCredits;
    }

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public string ReturnUrl { get; private set; } = "/";

    public int SignupBonus { get; }

    public IActionResult OnGet(string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        return User.Identity?.IsAuthenticated == true ? LocalRedirect(ReturnUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        if (!ModelState.IsValid)
            return Page();

        var email = Input.Email.Trim();
        var user = AccountUser.Open(email, _clock.GetUtcNow(), _options.IsBootstrapAdmin(email));
        IdentityResult created;
        try
        {
            created = await _users.CreateAsync(user, Input.Password); // AccountUserStore saves and publishes AccountRegistered
        }
        catch (DbUpdateException)
        {
            // Two sign-ups with one email at the same moment: the unique index lets exactly one win.
            ModelState.AddModelError(string.Empty, EmailTaken);
            return Page();
        }

        if (!created.Succeeded)
        {
            foreach (var message in created.Errors.Select(Describe).Distinct())
                ModelState.AddModelError(message.Field, message.Text);
            return Page();
        }

        await _signIn.SignInAsync(user, isPersistent: false);
        TempData.Toast(await _deletedAddresses.WasDeletedAsync(email, HttpContext.RequestAborted)
            ? "Welcome back to SpriteDX! Your new account is ready; the free sign-up credits are once per address."
            : "Welcome to SpriteDX! Your account is ready.");
        return LocalRedirect(TwoFactorSetupGuide.AfterSignIn(user, ReturnUrl, _adminTwoFactor)); // the bootstrap admin sets up two-factor sign-in first
    }

    private static (string Field, string Text) Describe(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => (string.Empty, EmailTaken),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => ("Input.Email", "Enter a valid email address."),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => ("Input.Password", error.Description),
        _ => (string.Empty, error.Description),
    };

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [SingleEmailAddress]
        [StringLength(254, ErrorMessage = "That email address is too long.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, MinimumLength = 8, ErrorMessage = "Use at least 8 characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Type the password again.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = "";
    }
}
