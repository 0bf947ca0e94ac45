using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;

namespace SpriteDX.Modules.Generation.Features.Request;

internal abstract record RequestOutcome
{
    public sealed record Accepted(SpriteGeneration Generation) : RequestOutcome;

    public sealed record NotEnoughCredits(SpriteGeneration Generation) : RequestOutcome;

    public sealed record InvalidPrompt(string Message) : RequestOutcome;
}

/// <summary>
/// Turns a prompt into a generation. The generation and its GenerationRequested notification are
/// saved together; the commit publishes it at once, so by the time SaveChanges returns Credits has
/// normally reserved the cost (or refused) and the answer can say which.
/// </summary>
internal sealed class GenerationRequests(GenerationDbContext db, IOptions<GenerationOptions> options, TimeProvider clock)
{
    public async Task<RequestOutcome> RequestAsync(Guid accountId, string? prompt, string? idempotencyKey, CancellationToken ct)
    {
        var (text, problem) = PromptRules.Check(prompt);
        if (problem is not null)
            return new RequestOutcome.InvalidPrompt(problem);
        if (idempotencyKey is { Length: > 100 })
            return new RequestOutcome.InvalidPrompt("The Idempotency-Key header is too long (100 characters at most).");

        if (idempotencyKey is not null && await FindByKeyAsync(accountId, idempotencyKey, ct) is { } repeated)
            return Outcome(repeated);

        var now = clock.GetUtcNow();
        var generation = new SpriteGeneration
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Prompt = text!,
            Seed = RandomNumberGenerator.GetInt32(int.MaxValue),
            Cost = options.Value.CostCredits,
            IdempotencyKey = idempotencyKey,
            Status = GenerationStatus.Pending,
            RequestedAt = now,
        };
        db.Generations.Add(generation);
        db.Publish(new GenerationRequested(Guid.NewGuid(), now, generation.Id, accountId, generation.Cost));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same click arrived twice at the same moment; the first one won.
            db.ChangeTracker.Clear();
            return Outcome((await FindByKeyAsync(accountId, idempotencyKey, ct))!);
        }

        // Credits answered while we saved; read what it said.
        await db.Entry(generation).ReloadAsync(ct);
        return Outcome(generation);
    }

    private Task<SpriteGeneration?> FindByKeyAsync(Guid accountId, string key, CancellationToken ct) =>
        db.Generations.AsNoTracking().SingleOrDefaultAsync(g => g.AccountId == accountId && g.IdempotencyKey == key, ct);

    private static RequestOutcome Outcome(SpriteGeneration generation) =>
        generation.Status == GenerationStatus.Rejected
            ? new RequestOutcome.NotEnoughCredits(generation)
            : new RequestOutcome.Accepted(generation);
}

internal static class PromptRules
{
    /// <summary>The trimmed prompt, or why it cannot be used.</summary>
    public static (string? Prompt, string? Problem) Check(string? prompt)
    {
        var text = prompt?.Trim() ?? "";
        if (text.Length == 0)
            return (null, "Describe the sprite you want: the prompt is empty.");
        if (text.Length > GenerationOptions.MaxPromptLength)
            return (null, $"The prompt is {text.Length} characters long; keep it to {GenerationOptions.MaxPromptLength}.");
        if (text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
            return (null, "The prompt contains control characters; use plain text.");
        return (text, null);
    }
}
