using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpriteDX.IntegrationTests.Credits;
using SpriteDX.IntegrationTests.Infrastructure;

namespace SpriteDX.IntegrationTests.Generation;

/// <summary>The home page's calls to the generation API, made the way its script makes them.</summary>
internal static class GenerationClient
{
    public static async Task<HttpResponseMessage> RequestAsync(this Player player, string prompt, string? idempotencyKey = null, bool withToken = true)
    {
        var home = await player.Browser.GetAsync("/");
        return await player.Browser.PostGenerationAsync(prompt, withToken ? home.AntiforgeryToken() : null, idempotencyKey);
    }

    /// <summary>A request with the options beside the prompt, as any JSON the page or a script might send.</summary>
    public static async Task<HttpResponseMessage> RequestAsync(this Player player, object body)
    {
        var home = await player.Browser.GetAsync("/");
        return await player.Browser.PostGenerationAsync(body, home.AntiforgeryToken());
    }

    public static Task<HttpResponseMessage> PostGenerationAsync(this TestBrowser browser, string prompt, string? token, string? idempotencyKey = null) =>
        browser.PostGenerationAsync(new { prompt }, token, idempotencyKey);

    public static async Task<HttpResponseMessage> PostGenerationAsync(this TestBrowser browser, object body, string? token, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/generations") { Content = JsonContent.Create(body) };
        if (token is not null)
            request.Headers.Add("RequestVerificationToken", token);
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await browser.Client.SendAsync(request);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<JsonElement> GenerationAsync(this Player player, Guid id) =>
        await (await player.Browser.Client.GetAsync($"/api/generations/{id}")).JsonAsync();

    /// <summary>Polls like the page does, until the generation has an outcome.</summary>
    public static async Task<JsonElement> SettledAsync(this Player player, Guid id)
    {
        JsonElement generation = default;
        await Polling.UntilAsync(async () =>
        {
            generation = await player.GenerationAsync(id);
            return generation.GetProperty("status").GetString() is "succeeded" or "failed" or "rejected";
        }, TimeSpan.FromSeconds(30), $"generation {id} to finish");
        return generation;
    }

    /// <summary>Asks for a sprite as the home page does and waits until it has rendered.</summary>
    public static async Task<Guid> SucceededGenerationAsync(this TestBrowser browser, string prompt)
    {
        var home = await browser.GetAsync("/");
        var id = await (await browser.PostGenerationAsync(prompt, home.AntiforgeryToken())).AcceptedIdAsync();
        await Polling.UntilAsync(async () => (await (await browser.Client.GetAsync($"/api/generations/{id}")).JsonAsync())
            .GetProperty("status").GetString() == "succeeded", TimeSpan.FromSeconds(30), "the sprite to render");
        return id;
    }

    public static async Task<Guid> AcceptedIdAsync(this HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }
}
