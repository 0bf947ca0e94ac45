using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.SignIn;
using SpriteDX.Modules.Accounts.Features.TwoFactor;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>Signing in, step two: the code from the authenticator app; "remember this browser" skips it here for 14 days.</summary>
internal sealed class LoginWith2faModel(SignInManager<AccountUser> signIn, AccountSeenRecorder seen) : SecondSignInStep(signIn, seen)
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    protected override string WrongCode => "That code is not right. Enter the six digits your app shows now for SpriteDX.";

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(AccountUser user) =>
        SignInFlow.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Normalize(Input.Code), RememberMe, Input.RememberBrowser);

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the six-digit code from your app.")]
        [StringLength(20, ErrorMessage = "Enter the six-digit code from your app.")]
        public string Code { get; set; } = "";

        public bool RememberBrowser { get; set; }
    }
}
