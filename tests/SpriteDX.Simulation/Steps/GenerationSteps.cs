using System.Net.Http.Json;
using SpriteDX.IntegrationTests.ApiKeys;
using SpriteDX.IntegrationTests.Generation;
using SpriteDX.Simulation.Harness;

namespace SpriteDX.Simulation.Steps;

/// <summary>A person asks for a sprite; the prompt decides whether the generator draws it, fails, or hangs until the render timeout.</summary>
internal sealed class Generate : IStep
{
    private static readonly string[] Subjects = ["a knight", "a slime", "a lantern", "a dragon", "a potion", "a mushroom house"];

    public StepKind Kind => StepKind.Operation;

    public int Weight => 6;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        var ending = random.Next(10) switch { 0 => " " + SimGenerator.Fails, 1 => " " + SimGenerator.Hangs, _ => "" };
        var prompt = $"{Subjects[random.Next(Subjects.Length)]} #{world.Step}{ending}";
        using var answer = await user.Player(world.App).RequestAsync(prompt);
        if ((int)answer.StatusCode == 202)
            user.Generations.Add(await answer.AcceptedIdAsync());
        world.Trace(user.AccountId, $"asked for \"{prompt}\": {(int)answer.StatusCode}");
        return $"generate{ending}";
    }
}

/// <summary>A script generates with the person's API key (created on first use), as the batch script does.</summary>
internal sealed class GenerateWithApiKey : IStep
{
    public StepKind Kind => StepKind.Operation;

    public int Weight => 2;

    public async Task<string?> RunAsync(SimulationWorld world, Random random)
    {
        if (Pick.User(world, random) is not { } user)
            return null;
        user.ApiKey ??= await user.Buyer.Browser.CreateKeyAsync($"sim-{world.Step}");
        using var script = new HttpClient { BaseAddress = world.App.BaseAddress };
        script.DefaultRequestHeaders.Authorization = new("Bearer", user.ApiKey);
        var prompt = $"a crate #{world.Step}{(random.Next(8) == 0 ? " " + SimGenerator.Fails : "")}";
        using var answer = await script.PostAsJsonAsync("/api/generations", new { prompt });
        if ((int)answer.StatusCode == 202)
            user.Generations.Add(await answer.AcceptedIdAsync());
        world.Trace(user.AccountId, $"script asked for \"{prompt}\" with an API key: {(int)answer.StatusCode}");
        return "generate with an API key";
    }
}
