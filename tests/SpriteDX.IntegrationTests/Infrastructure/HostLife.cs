using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// One start of a <see cref="SpriteDxApp"/>'s host. Once it <see cref="Ends"/>, every database command,
/// commit and connection opened through a module's DbContext fails (the hot paths that write with raw ADO.NET
/// open their connection through it), and so does every connection Hangfire asks for on PostgreSQL (no job requeued
/// at shutdown, no hold on a running job renewed): what a process killed without a shutdown leaves behind is
/// exactly what it had written until then, whatever its stopping code would have tidied up.
/// </summary>
internal sealed class HostLife : DbCommandInterceptor, IDbTransactionInterceptor, IDbConnectionInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentBag<NpgsqlConnection> _hangfireConnections = [];
    private volatile bool _ended;

    /// <summary>
    /// From now on this host reaches no database. Hangfire's open PostgreSQL connections are ended by the
    /// server, as a dead process's would be, so nothing (a running job's hold, for one) is renewed through them.
    /// </summary>
    public void Ends()
    {
        _ended = true;
        var open = _hangfireConnections.Where(c => c.State != System.Data.ConnectionState.Closed).Select(c => (c.ConnectionString, c.ProcessID)).ToList();
        if (open.Count == 0)
            return;
        using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(open[0].ConnectionString) { Pooling = false }.ConnectionString);
        server.Open();
        foreach (var (_, process) in open)
        {
            using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend(@pid)", server);
            terminate.Parameters.AddWithValue("pid", process);
            terminate.ExecuteNonQuery();
        }

        // The hosts of this test process share Npgsql's pool: a terminated connection Hangfire gave back to it would be
        // handed to the next host's first command (its migrations' start, seed 405 --postgres) rather than die with us.
        NpgsqlConnection.ClearAllPools();
    }

    public void Register(IServiceCollection services)
    {
        ModuleContexts.AddInterceptors(services, _ => [this]);
        services.Decorate<IConnectionFactory>(inner => new HangfireConnections(this, inner));
    }

    private sealed class HangfireConnections(HostLife life, IConnectionFactory inner) : IConnectionFactory
    {
        public NpgsqlConnection GetOrCreateConnection()
        {
            life.Alive();
            var connection = inner.GetOrCreateConnection();
            life._hangfireConnections.Add(connection);
            return connection;
        }
    }

    private void Alive()
    {
        if (_ended)
            throw new InvalidOperationException("This host was killed: its process no longer reaches the database.");
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Alive();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Alive();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Alive();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Alive();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Alive();
        return ValueTask.FromResult(result);
    }

    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Alive();
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Alive();
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        Alive();
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Alive();
        return ValueTask.FromResult(result);
    }
}
