using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SpriteDX.Modules.Accounts.Domain;
using SpriteDX.Modules.Accounts.Features.SignIn;

namespace SpriteDX.Modules.Accounts.Areas.Identity.Pages.Account;

/// <summary>Signing in, step two, without the phone: one of the recovery codes, each good once.</summary>
internal sealed class LoginWithRecoveryCodeModel(SignInManager<AccountUser> signIn, AccountSeenRecorder seen) : SecondSignInStep(signIn, seen)
{
    [BindProperty]
    public RecoveryCodeInput Input { get; set; } = new();

    protected override string WrongCode => "That recovery code is not right, or it has been used already.";

    protected override async Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(AccountUser user)
    {
        var result = await SignInFlow.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Trim());
        if (result.Succeeded || result.IsLockedOut)
            return result;
        // Identity counts a wrong app code toward lockout but not a wrong recovery code; both are guesses at the second factor.
        var users = SignInFlow.UserManager;
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? Microsoft.AspNetCore.Identity.SignInResult.LockedOut : result;
    }

    public sealed class RecoveryCodeInput
    {
        [Required(ErrorMessage = "Enter one of your recovery codes.")]
        [StringLength(40, ErrorMessage = "Enter one of your recovery codes.")]
        public string RecoveryCode { get; set; } = "";
    }
}
