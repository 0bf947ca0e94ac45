using System.Net;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Security;

/// <summary>What every hostile-input case ends with: no money moved anywhere, and the app still healthy.</summary>
internal static class SecurityChecks
{
    public static async Task AssertNothingMovedAndHealthyAsync(SpriteDxApp app, MoneySnapshot before)
    {
        (await MoneySnapshot.TakeAsync(app)).Should().Be(before);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        (await http.GetAsync("/healthz")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
