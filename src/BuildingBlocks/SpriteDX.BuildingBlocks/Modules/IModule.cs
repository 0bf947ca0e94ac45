using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.BuildingBlocks.Modules;

/// <summary>A vertical slice of the product that owns its data, pages, configuration and reactions to notifications.</summary>
public interface IModule
{
    /// <summary>The module's key: its SQLite file, its PostgreSQL schema and its label in logs and dead letters.</summary>
    string Name { get; }

    /// <summary>
    /// The top-level configuration sections this module reads, and no other module does (an architecture test
    /// records every key a module touches and holds it to these).
    /// </summary>
    IReadOnlyList<string> ConfigurationSections { get; }

    /// <summary>
    /// What is wrong with this module's own keys, one message per bad key naming it; the Host prints them all
    /// and stops before anything starts, so a typo never fails later in the middle of a payment.
    /// </summary>
    IEnumerable<string> ConfigurationProblems(IConfiguration configuration) => [];

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void MapEndpoints(IEndpointRouteBuilder endpoints);

    Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken);
}
