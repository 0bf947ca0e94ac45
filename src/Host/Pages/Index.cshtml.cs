using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpriteDX.Host.Pages;

/// <summary>
/// The home page: Generation's prompt form and the person's recent sprites; visitors are asked to sign up first
/// and come back to their prompt.
/// </summary>
public sealed class IndexModel(IConfiguration configuration) : PageModel
{
    public string? Prompt { get; private set; }

    public string? Palette { get; private set; }

    public int? Size { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public int CostCredits => configuration.GetValue("Generation:CostCredits", 10);

    public int SignupBonus => configuration.GetValue("Credits:SignupBonus", 100);

    // A visitor who signed up from the Unlock Generation modal comes back here with their prompt and options;
    // the form checks them (length, known palette and size).
    public void OnGet(string? prompt, string? palette, int? size) => (Prompt, Palette, Size) = (prompt, palette, size);
}
