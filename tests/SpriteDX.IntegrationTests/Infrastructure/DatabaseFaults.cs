using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SpriteDX.BuildingBlocks.Data;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>When an injected database fault strikes: before the command runs, or after it ran (and, outside a transaction, committed).</summary>
public enum FaultMoment
{
    BeforeCommand,
    AfterCommand,
}

/// <summary>A transient fault a database really gives: SQLITE_BUSY, a PostgreSQL serialization failure, a dropped connection.</summary>
internal sealed record DatabaseFault(string Module, string SqlFragment, FaultMoment Moment);

/// <summary>
/// An EF Core interceptor on every module's DbContext, registered by the harness only (on every start of a
/// <see cref="SpriteDxApp"/>, so it survives restarts): it fails chosen commands once each with the transient
/// error the database would give, before the command runs or after it ran (outside a transaction, after
/// its commit: the change is made and the caller is told it failed).
/// </summary>
internal sealed class DatabaseFaults
{
    private readonly Lock _gate = new();
    private readonly List<DatabaseFault> _armed = [];

    public int Injected { get; private set; }

    /// <summary>The next command of that module whose SQL contains the fragment fails once, at that moment.</summary>
    public void Arm(DatabaseFault fault)
    {
        lock (_gate)
            _armed.Add(fault);
    }

    public void Disarm()
    {
        lock (_gate)
            _armed.Clear();
    }

    public void Register(IServiceCollection services) =>
        ModuleContexts.AddInterceptors(services, module => [new Interceptor(this, module)]);

    private void Strike(string module, DbCommand command, FaultMoment moment)
    {
        int nth;
        lock (_gate)
        {
            var fault = _armed.FirstOrDefault(f => f.Module == module && f.Moment == moment
                                                   && command.CommandText.Contains(f.SqlFragment, StringComparison.OrdinalIgnoreCase));
            if (fault is null)
                return;
            _armed.Remove(fault);
            nth = ++Injected;
        }

        throw command.Connection switch
        {
            NpgsqlConnection when nth % 2 == 0 => new NpgsqlException("Exception while reading from stream (injected)", new IOException("connection reset")),
            NpgsqlConnection => new PostgresException("could not serialize access due to concurrent update (injected)", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure),
            _ => new SqliteException("database is locked (injected)", 5),
        };
    }

    private sealed class Interceptor(DatabaseFaults faults, string module) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            faults.Strike(module, command, FaultMoment.BeforeCommand);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            faults.Strike(module, command, FaultMoment.BeforeCommand);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            faults.Strike(module, command, FaultMoment.AfterCommand);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            faults.Strike(module, command, FaultMoment.AfterCommand);
            return ValueTask.FromResult(result);
        }
    }
}
