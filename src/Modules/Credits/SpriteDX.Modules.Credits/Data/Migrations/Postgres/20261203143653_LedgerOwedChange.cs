using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerOwedChange : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OwedChange",
                schema: "credits",
                table: "ledger_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Debts recorded before the ledger tracked them are put on each account's latest claw-back, so the
            // ledger's owed changes sum to what the account owes, as check-integrity expects.
            migrationBuilder.Sql("""
                UPDATE credits.ledger_entries SET "OwedChange" = (SELECT a."Owed" FROM credits.credit_accounts a WHERE a."AccountId" = ledger_entries."AccountId")
                WHERE "Id" IN (SELECT MAX(e."Id") FROM credits.ledger_entries e JOIN credits.credit_accounts a ON a."AccountId" = e."AccountId"
                               WHERE a."Owed" > 0 AND e."Kind" IN (6, 7) GROUP BY e."AccountId")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OwedChange",
                schema: "credits",
                table: "ledger_entries");
        }
    }
}
