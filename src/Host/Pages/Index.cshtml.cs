using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SpriteDX.Host.Pages;

/// <summary>The home page: a prompt and a Generate button; visitors are asked to sign up first.</summary>
public sealed class IndexModel(IConfiguration configuration) : PageModel
{
    public const int MaxPromptLength = 500;

    public static readonly IReadOnlyList<string> Examples =
    [
        "cute red slime with a golden crown",
        "teal dragon, 64px",
        "spooky purple ghost",
        "golden sword, 32px",
    ];

    public string? Prompt { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public int CostCredits => configuration.GetValue("Generation:CostCredits", 10);

    public int SignupBonus => configuration.GetValue("Credits:SignupBonus", 100);

    // A visitor who signed up from the Unlock Generation modal comes back here with their prompt.
    public void OnGet(string? prompt) =>
        Prompt = prompt is null ? null : prompt.Length > MaxPromptLength ? prompt[..MaxPromptLength] : prompt;
}
