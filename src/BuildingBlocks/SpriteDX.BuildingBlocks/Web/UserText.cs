namespace SpriteDX.BuildingBlocks.Web;

/// <summary>The one rule for text a person sends: no control characters but tabs and line breaks, which a prompt may hold.</summary>
public static class UserText
{
    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r');
}
