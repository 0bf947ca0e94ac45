using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Components;

/// <summary>
/// The prompt box, its live interpretation, the palette and size, and Generate: Generation's part of the home page,
/// with the dialog that asks a visitor to sign up first. Public because MVC only finds public view components; its
/// services come from the request for the same reason.
/// </summary>
public sealed class GenerateFormViewComponent : ViewComponent
{
    public IViewComponentResult Invoke()
    {
        // A visitor who signed up from the dialog comes back with their prompt and options in the query; the form checks them.
        var query = Request.Query;
        var (prompt, palette) = (query["prompt"].ToString(), query["palette"].ToString());
        int? size = int.TryParse(query["size"], out var asked) ? asked : null;
        var options = HttpContext.RequestServices.GetRequiredService<IOptions<GenerationOptions>>().Value;
        var form = new GenerateForm(
            Prompt: prompt is { Length: > GenerationOptions.MaxPromptLength } ? prompt[..GenerationOptions.MaxPromptLength] : prompt,
            Palette: Palettes.TryParse(palette, out var known) ? known.Name() : SpritePalette.Default.Name(),
            Size: size is { } grid && PromptInterpreter.Sizes.Contains(grid) ? grid : null,
            CostCredits: options.CostCredits,
            SignUpBonus: HttpContext.RequestServices.GetRequiredService<SignUpOffer>().BonusCredits,
            SignedIn: UserClaimsPrincipal.Identity?.IsAuthenticated == true);
        return View(form);
    }
}

internal sealed record GenerateForm(string? Prompt, string Palette, int? Size, int CostCredits, int SignUpBonus, bool SignedIn)
{
    public const int MaxPromptLength = GenerationOptions.MaxPromptLength;

    public static readonly IReadOnlyList<string> Examples =
    [
        "cute red slime with a golden crown",
        "teal dragon, 64px",
        "pirate captain with a hook",
        "small house with a red roof",
        "spaceship with blue thrusters",
        "golden sword, 32px",
    ];

    /// <summary>The palettes as the page offers them: the API name and what a person reads.</summary>
    public static readonly IReadOnlyList<(string Name, string Label)> PaletteChoices =
    [
        ("default", "Full colour"),
        ("pico8", "PICO-8 (16 colours)"),
        ("nes", "NES"),
        ("gameboy", "Game Boy (4 greens)"),
    ];

    public static IReadOnlyList<int> Sizes => PromptInterpreter.Sizes;
}
