using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SpriteDX.BuildingBlocks.Outbox;
using SpriteDX.BuildingBlocks.Web;
using SpriteDX.Modules.Generation.Contracts;
using SpriteDX.Modules.Generation.Data;
using SpriteDX.Modules.Generation.Domain;
using SpriteDX.Modules.Generation.Interpretation;
using SpriteDX.Modules.Generation.Rendering;

namespace SpriteDX.Modules.Generation.Features.Request;

internal abstract record RequestOutcome
{
    public sealed record Accepted(SpriteGeneration Generation) : RequestOutcome;

    public sealed record NotEnoughCredits(SpriteGeneration Generation) : RequestOutcome;

    public sealed record InvalidPrompt(string Message) : RequestOutcome;

    /// <summary>Nothing the generator knows how to draw: refused before any credit moves.</summary>
    public sealed record UnrecognizedSubject(PromptInterpretation Interpretation) : RequestOutcome;
}

/// <summary>What a person asks for: the prompt and the options beside it, as the API and the page send them.</summary>
/// <param name="Palette">The palette's name (default, pico8, nes, gameboy); null for the default.</param>
/// <param name="Size">16, 32 or 64; null lets the prompt decide.</param>
/// <param name="ApiKey">The API key that sent the order, when a script did.</param>
internal sealed record SpriteOrder(string? Prompt, string? Palette = null, int? Size = null, ApiKeyCaller? ApiKey = null);

/// <summary>Which of the account's API keys made a request (its id and name), carried on to Credits with the spend.</summary>
internal sealed record ApiKeyCaller(Guid Id, string Name);

/// <summary>
/// Turns a prompt into a generation. A prompt whose subject is not recognised is refused before
/// anything is stored, so a guess is never charged. The generation and its GenerationRequested
/// notification are saved together and published at once, so the answer can already say whether
/// Credits reserved the cost (202) or refused it (402).
/// </summary>
internal sealed class GenerationRequests(GenerationDbContext db, IOptions<GenerationOptions> options, TimeProvider clock)
{
    public async Task<RequestOutcome> RequestAsync(Guid accountId, SpriteOrder order, string? idempotencyKey, CancellationToken ct)
    {
        var (text, problem) = PromptRules.Check(order.Prompt);
        problem ??= PromptRules.CheckOptions(order.Palette, order.Size);
        if (problem is not null)
            return new RequestOutcome.InvalidPrompt(problem);
        if (idempotencyKey is { Length: > 100 })
            return new RequestOutcome.InvalidPrompt("The Idempotency-Key header is too long (100 characters at most).");

        if (idempotencyKey is not null && await FindByKeyAsync(accountId, idempotencyKey, ct) is { } repeated)
            return Outcome(repeated);

        var interpretation = PromptInterpreter.Interpret(text!, order.Size);
        if (!interpretation.Recognized)
            return new RequestOutcome.UnrecognizedSubject(interpretation);
        Palettes.TryParse(order.Palette, out var palette);

        var now = clock.GetUtcNow();
        var generation = new SpriteGeneration
        {
            Id = Guid.CreateVersion7(now),
            AccountId = accountId,
            Prompt = text!,
            Seed = RandomNumberGenerator.GetInt32(int.MaxValue),
            Cost = options.Value.CostCredits,
            Subject = interpretation.Subject,
            Palette = palette.Name(),
            RequestedSize = order.Size,
            IdempotencyKey = idempotencyKey,
            Status = GenerationStatus.Pending,
            RequestedAt = now,
        };
        db.Generations.Add(generation);
        db.Outbox.Add(new GenerationRequested(Guid.NewGuid(), now, generation.Id, accountId, generation.Cost, order.ApiKey?.Id, order.ApiKey?.Name));
        try
        {
            await db.SaveAndPublishAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // The same click arrived twice at the same moment and the first one won; with no such row, the save itself failed.
            db.ChangeTracker.Clear();
            if (await FindByKeyAsync(accountId, idempotencyKey, ct) is { } first)
                return Outcome(first);
            throw;
        }

        // SaveAndPublishAsync delivered GenerationRequested in-process before returning: Credits has reserved
        // the cost or refused it, and its answer (CreditsReserved or CreditReservationRejected) has come back
        // to this module's handlers, which moved the row to Queued or Rejected. Our tracked copy still says
        // Pending, so read the row again. Only a failed delivery leaves it Pending (202; the sweep retries).
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
        if (UserText.HasControlCharacters(text))
            return (null, "The prompt contains control characters; use plain text.");
        return (text, null);
    }

    /// <summary>Why the options beside the prompt cannot be used, or null.</summary>
    public static string? CheckOptions(string? palette, int? size)
    {
        if (!Palettes.TryParse(palette, out _))
            return $"The palette '{Shorten(palette!)}' is unknown; choose one of {string.Join(", ", Palettes.Names)}.";
        if (size is { } grid && !PromptInterpreter.Sizes.Contains(grid))
            return $"The size {grid} is not available; choose {string.Join(", ", PromptInterpreter.Sizes)}.";
        return null;
    }

    private static string Shorten(string text)
    {
        var printable = new string(text.Where(c => !char.IsControl(c)).Take(20).ToArray());
        return text.Length > 20 ? printable + "…" : printable;
    }
}
