using System.Text.RegularExpressions;

namespace SpriteDX.Host.Composition;

/// <summary>
/// Keeps API keys out of every log line. A key pasted into a URL is refused, but the server logs the request line
/// ("Request starting … ?key=sdx_…") before any middleware can refuse it; so every logger the app creates rewrites
/// `sdx_…` to `sdx_[redacted]` in the message and in its string values, whichever provider writes them.
/// </summary>
internal static partial class ApiKeyLogRedaction
{
    private const string Marker = SpriteDX.BuildingBlocks.Web.ApiKeyRequests.Marker;

    public static IServiceCollection AddApiKeyLogRedaction(this IServiceCollection services) =>
        services.Decorate<ILoggerFactory>((inner, _) => new RedactingLoggerFactory(inner));

    public static string Redact(string text) => text.Contains(Marker, StringComparison.Ordinal) ? Key().Replace(text, Marker + "[redacted]") : text;

    [GeneratedRegex("sdx_[A-Za-z0-9_\\-%]*")]
    private static partial Regex Key();

    private sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

        public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

        public void Dispose() => inner.Dispose();
    }

    private sealed class RedactingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel))
                return;
            // Only the string values are looked at: cheap for the usual line, and where a URL or header would be.
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> values
                || !values.Any(v => v.Value is string s && s.Contains(Marker, StringComparison.Ordinal)))
            {
                inner.Log(logLevel, eventId, state, exception, formatter);
                return;
            }

            var redacted = new RedactedState(Redact(formatter(state, exception)),
                values.Select(v => v.Value is string s ? new KeyValuePair<string, object?>(v.Key, Redact(s)) : v).ToList());
            inner.Log(logLevel, eventId, redacted, exception, static (s, _) => s.Message);
        }
    }

    private sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public int Count => values.Count;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }
}
