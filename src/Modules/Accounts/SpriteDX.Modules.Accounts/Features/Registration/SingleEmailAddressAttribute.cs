using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace SpriteDX.Modules.Accounts.Features.Registration;

/// <summary>
/// One plain e-mail address: no display name, no second address, no line break. `[EmailAddress]` lets
/// "a@b.example\r\nBcc: …" through, and an account's address ends up in the headers of the mail sent to it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class SingleEmailAddressAttribute() : ValidationAttribute("Enter a valid email address.")
{
    public override bool IsValid(object? value) =>
        value is not string text || text.Length == 0
        || (text.AsSpan().IndexOfAny('\r', '\n') < 0 && MailAddress.TryCreate(text.Trim(), out var address) && address.Address == text.Trim());
}
