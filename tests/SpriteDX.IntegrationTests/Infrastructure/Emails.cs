namespace SpriteDX.IntegrationTests.Infrastructure;

internal static class Emails
{
    public static string Unique(string name = "player") => $"{name}-{Guid.NewGuid():n}@example.com";
}
