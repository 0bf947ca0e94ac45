namespace SpriteDX.BuildingBlocks.Web;

/// <summary>Stable `type` URIs of the problem+json answers clients may branch on.</summary>
public static class ProblemTypes
{
    private const string Base = "https://spritedx.app/problems/";

    public const string Validation = Base + "validation";
    public const string ControlCharacters = Base + "control-characters";
    public const string InsufficientCredits = Base + "insufficient-credits";
    public const string UnrecognizedSubject = Base + "unrecognized-subject";
    public const string NotFound = Base + "not-found";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string Antiforgery = Base + "antiforgery";
    public const string TooManyRequests = Base + "too-many-requests";
    public const string ServerError = Base + "server-error";
}
