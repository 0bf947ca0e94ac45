using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.PersonalData;

/// <summary>
/// A module's part of "Download my data": it writes what it holds about one account, read from its own database only,
/// into its own folder of the archive. Accounts builds the archive from every registered source, as a page composes
/// the sections of other modules, so no module reads another's tables.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The source's folder at the archive's root ("credits"); every path it writes lies under it.</summary>
    string Folder { get; }

    /// <summary>What each file of the folder holds, in the person's words, for the archive's README.txt.</summary>
    IReadOnlyList<PersonalDataFile> Files { get; }

    Task WriteAsync(Guid accountId, IPersonalDataArchive archive, CancellationToken ct);
}

/// <summary>One file (or one kind of file, such as "sprites/*.png") of a source's folder, and what it is.</summary>
public sealed record PersonalDataFile(string Path, string Description);

/// <summary>Where a source writes; paths are relative to its folder, with `/` between folders.</summary>
public interface IPersonalDataArchive
{
    /// <summary>Writes <paramref name="value"/> as indented JSON (camelCase names, enums as text).</summary>
    Task AddJsonAsync<T>(string path, T value, CancellationToken ct);

    Task AddFileAsync(string path, byte[] bytes, CancellationToken ct);
}

public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>Adds the module's part to "Download my data"; scoped, so it may use the module's DbContext.</summary>
    public static IServiceCollection AddPersonalDataSource<TSource>(this IServiceCollection services)
        where TSource : class, IPersonalDataSource =>
        services.AddScoped<IPersonalDataSource, TSource>();
}
