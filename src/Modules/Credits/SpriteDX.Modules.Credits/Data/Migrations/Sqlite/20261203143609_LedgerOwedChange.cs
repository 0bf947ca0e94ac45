using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LedgerOwedChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OwedChange",
                table: "ledger_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Debts recorded before the ledger tracked them are put on each account's latest claw-back, so the
            // ledger's owed changes sum to what the account owes, as check-integrity expects.
            migrationBuilder.Sql("""
                UPDATE ledger_entries SET "OwedChange" = (SELECT a."Owed" FROM credit_accounts a WHERE a."AccountId" = ledger_entries."AccountId")
                WHERE "Id" IN (SELECT MAX(e."Id") FROM ledger_entries e JOIN credit_accounts a ON a."AccountId" = e."AccountId"
                               WHERE a."Owed" > 0 AND e."Kind" IN (6, 7) GROUP BY e."AccountId")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwedChange",
                table: "ledger_entries");
        }
    }
}
