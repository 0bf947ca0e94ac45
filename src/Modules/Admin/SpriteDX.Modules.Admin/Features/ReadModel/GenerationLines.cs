using Microsoft.EntityFrameworkCore;
using SpriteDX.Modules.Admin.Data;
using SpriteDX.Modules.Admin.Domain;

namespace SpriteDX.Modules.Admin.Features.ReadModel;

/// <summary>
/// The three generation notifications update one line; whichever arrives first opens it, and a finished
/// generation never goes back to requested.
/// </summary>
internal static class GenerationLines
{
    public static async Task RecordAsync(this AdminDbContext db, Guid generationId, Guid accountId, DateTimeOffset at, Action<GenerationLine> apply,
        CancellationToken ct)
    {
        await db.FindOrOpenAccountAsync(accountId, at, ct);
        var line = await db.Generations.SingleOrDefaultAsync(g => g.GenerationId == generationId, ct);
        if (line is null)
            db.Generations.Add(line = new GenerationLine { GenerationId = generationId, AccountId = accountId, At = at, Status = GenerationStatus.Requested });
        apply(line);
    }
}
