using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// SQLite has no date type and EF cannot order or compare DateTimeOffset text there; UTC ticks keep
/// both exact. Every time in SpriteDX is UTC, so nothing is lost.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
