using Microsoft.Extensions.Configuration;

namespace SpriteDX.BuildingBlocks.Modules;

/// <summary>The checks modules run on their own keys before start-up; each answers one message naming the key, or null.</summary>
public static class ConfigurationChecks
{
    public static string? TrueOrFalse(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value && !bool.TryParse(value, out _) ? $"{key} must be true or false (got '{value}')." : null;

    public static string? WholeNumber(IConfiguration configuration, string key, int min) =>
        configuration[key] is { Length: > 0 } value && !(int.TryParse(value, out var number) && number >= min)
            ? $"{key} must be a whole number of at least {min} (got '{value}')."
            : null;

    public static string? OneOf<TEnum>(IConfiguration configuration, string key)
        where TEnum : struct, Enum =>
        configuration[key] is { Length: > 0 } value && !(Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
            ? $"{key} must be {string.Join(" or ", Enum.GetNames<TEnum>().Select(n => $"'{n}'"))} (got '{value}')."
            : null;

    public static string? HttpUrl(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value && !(Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            ? $"{key} must be an absolute http(s) URL (got '{value}')."
            : null;
}
