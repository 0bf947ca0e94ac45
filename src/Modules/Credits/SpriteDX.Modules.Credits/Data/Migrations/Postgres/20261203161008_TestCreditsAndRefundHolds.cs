using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TestCreditsAndRefundHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TestAmount",
                schema: "credits",
                table: "reservations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Mode",
                schema: "credits",
                table: "ledger_entries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "TestAmount",
                schema: "credits",
                table: "ledger_entries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TestBalance",
                schema: "credits",
                table: "credit_accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "TestMode",
                schema: "credits",
                table: "credit_accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TestModeChangedAt",
                schema: "credits",
                table: "credit_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "refund_holds",
                schema: "credits",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Credits = table.Column<int>(type: "integer", nullable: false),
                    TestCredits = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refund_holds", x => new { x.PurchaseId, x.Attempt });
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_credit_accounts_test_balance_within_balance",
                schema: "credits",
                table: "credit_accounts",
                sql: "\"TestBalance\" >= 0 AND \"TestBalance\" <= \"Balance\"");

            migrationBuilder.CreateIndex(
                name: "IX_refund_holds_AccountId_Status",
                schema: "credits",
                table: "refund_holds",
                columns: new[] { "AccountId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "refund_holds",
                schema: "credits");

            migrationBuilder.DropCheckConstraint(
                name: "CK_credit_accounts_test_balance_within_balance",
                schema: "credits",
                table: "credit_accounts");

            migrationBuilder.DropColumn(
                name: "TestAmount",
                schema: "credits",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "Mode",
                schema: "credits",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "TestAmount",
                schema: "credits",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "TestBalance",
                schema: "credits",
                table: "credit_accounts");

            migrationBuilder.DropColumn(
                name: "TestMode",
                schema: "credits",
                table: "credit_accounts");

            migrationBuilder.DropColumn(
                name: "TestModeChangedAt",
                schema: "credits",
                table: "credit_accounts");
        }
    }
}
