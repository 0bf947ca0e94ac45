namespace SpriteDX.BuildingBlocks.Web;

/// <summary>
/// What a new account is given, stated by the module that grants it (Credits, from its own settings), for the pages
/// that invite a visitor to sign up; they never read another module's configuration for it.
/// </summary>
public sealed record SignUpOffer(int BonusCredits);
