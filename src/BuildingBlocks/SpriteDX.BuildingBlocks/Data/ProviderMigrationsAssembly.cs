using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace SpriteDX.BuildingBlocks.Data;

/// <summary>
/// Keeps a module's SQLite and PostgreSQL migrations side by side in its own assembly
/// (Data/Migrations/Sqlite, Data/Migrations/Postgres): EF sees only the migrations and the model
/// snapshot whose namespace ends with the active provider's folder, at run time and in `dotnet ef`.
/// </summary>
internal sealed class ProviderMigrationsAssembly : IMigrationsAssembly
{
    private readonly Type _contextType;
    private readonly string _namespaceSuffix;
    private readonly IMigrationsIdGenerator _ids;
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;

    public ProviderMigrationsAssembly(
        ICurrentDbContext currentContext, IDbContextOptions options, IDatabaseProvider provider, IMigrationsIdGenerator ids)
    {
        _contextType = currentContext.Context.GetType();
        _ids = ids;
        var relational = RelationalOptionsExtension.Extract(options);
        Assembly = relational.MigrationsAssembly is { } name ? Assembly.Load(new AssemblyName(name)) : _contextType.Assembly;
        // An EF provider's name is its assembly's name.
        var folder = provider.Name == typeof(NpgsqlDbContextOptionsBuilder).Assembly.GetName().Name ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        _namespaceSuffix = "." + folder;
    }

    public Assembly Assembly { get; }

    public IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= new SortedList<string, TypeInfo>(
        OwnTypes(typeof(Migration)).ToDictionary(t => t.GetCustomAttribute<MigrationAttribute>()!.Id), StringComparer.Ordinal);

    public ModelSnapshot? ModelSnapshot => _snapshot ??= OwnTypes(typeof(ModelSnapshot))
        .Select(t => (ModelSnapshot)Activator.CreateInstance(t.AsType())!)
        .SingleOrDefault();

    public string? FindMigrationId(string nameOrId) =>
        Migrations.Keys.FirstOrDefault(id => _ids.IsValidId(nameOrId)
            ? string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            : string.Equals(_ids.GetName(id), nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    private IEnumerable<TypeInfo> OwnTypes(Type baseType) =>
        Assembly.DefinedTypes.Where(t => !t.IsAbstract && t.IsSubclassOf(baseType)
                                         && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == _contextType
                                         && (t.Namespace?.EndsWith(_namespaceSuffix, StringComparison.Ordinal) ?? false));
}
