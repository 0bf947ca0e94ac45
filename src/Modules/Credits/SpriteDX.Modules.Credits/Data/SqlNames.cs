using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SpriteDX.Modules.Credits.Data;

/// <summary>
/// An entity's table and columns as the provider spells them (schema-qualified and quoted on PostgreSQL),
/// taken from the EF model, for the few statements the money paths write by hand.
/// </summary>
internal sealed class SqlNames<TEntity>(IModel model, ISqlGenerationHelper quote)
{
    private readonly IEntityType _entity = model.FindEntityType(typeof(TEntity))!;

    public string Table => quote.DelimitIdentifier(_entity.GetTableName()!, _entity.GetSchema());

    public IProperty Property(string name) => _entity.FindProperty(name)!;

    public string Column(string property) => quote.DelimitIdentifier(Property(property).GetColumnName());

    public string Columns(params string[] properties) => string.Join(", ", properties.Select(Column));
}
