using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace SpriteDX.IntegrationTests.Infrastructure;

/// <summary>
/// One start of a <see cref="SpriteDxApp"/>'s host. Once it <see cref="Ends"/>, every database command and
/// commit of that host fails: what a process killed without a shutdown leaves behind is exactly what it had
/// written until then, whatever its stopping code would have tidied up (released leases, gathered marks).
/// </summary>
internal sealed class HostLife : DbCommandInterceptor, IDbTransactionInterceptor
{
    private volatile bool _ended;

    public void Ends() => _ended = true;

    public void Register(IServiceCollection services) => ModuleContexts.AddInterceptors(services, _ => [this]);

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
