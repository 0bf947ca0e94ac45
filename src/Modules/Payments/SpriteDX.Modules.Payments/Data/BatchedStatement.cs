using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SpriteDX.Modules.Payments.Data;

/// <summary>
/// One SQL statement run for many rows in one transaction on the module's own connection, with raw ADO.NET
/// where a hot path writes a whole batch: on SQLite the statement is prepared once and run per row (no
/// round trips to save); on PostgreSQL the rows go together as one batch, one round trip.
/// </summary>
internal static class BatchedStatement
{
    /// <summary>Runs the statement once per row (values in the order of `parameters`) and returns each run's first column, or null.</summary>
    public static async Task<IReadOnlyList<object?>> RunAsync(
        DbContext db, string sql, IReadOnlyList<string> parameters, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var results = connection.CanCreateBatch
                ? await RunBatchedAsync(connection, transaction, sql, parameters, rows, ct)
                : await RunPreparedAsync(connection, transaction, sql, parameters, rows, ct);
            await transaction.CommitAsync(ct);
            return results;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A table's name as the provider writes it, schema included where there is one (PostgreSQL).</summary>
    public static string Table<TEntity>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))!;
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    public static string Column(DbContext db, string name) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name);

    /// <summary>A value as the model stores it: SQLite keeps times as UTC ticks (ModuleDbContextConventions).</summary>
    public static object? Stored<TEntity>(DbContext db, string property, object? value) =>
        value is null ? null
            : db.Model.FindEntityType(typeof(TEntity))!.FindProperty(property)!.GetTypeMapping().Converter?.ConvertToProvider(value) ?? value;

    private static async Task<List<object?>> RunPreparedAsync(
        DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameters, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        (command.CommandText, command.Transaction) = (sql, transaction);
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        await command.PrepareAsync(ct);
        var results = new List<object?>(rows.Count);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
                command.Parameters[i].Value = row[i] ?? DBNull.Value;
            results.Add(Value(await command.ExecuteScalarAsync(ct)));
        }

        return results;
    }

    private static async Task<List<object?>> RunBatchedAsync(
        DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> parameters, IReadOnlyList<object?[]> rows, CancellationToken ct)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        foreach (var row in rows)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = sql;
            for (var i = 0; i < row.Length; i++)
            {
                var parameter = command.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (parameters[i], row[i] ?? DBNull.Value);
                command.Parameters.Add(parameter);
            }

            batch.BatchCommands.Add(command);
        }

        var results = new List<object?>(rows.Count);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        do
            results.Add(await reader.ReadAsync(ct) ? Value(reader.GetValue(0)) : null);
        while (await reader.NextResultAsync(ct));
        return results;
    }

    private static object? Value(object? value) => value is DBNull ? null : value;
}
