namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>Waits for something asynchronous to become true, with a bound, instead of sleeping.</summary>
internal static class Polling
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? because = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail($"Timed out waiting: {because ?? "condition never became true"}.");
            await Task.Delay(25);
        }
    }
}
