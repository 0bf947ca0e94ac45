using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TestCreditsAndRefundHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TestAmount",
                table: "reservations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Mode",
                table: "ledger_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "TestAmount",
                table: "ledger_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "TestBalance",
                table: "credit_accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "TestMode",
                table: "credit_accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TestModeChangedAt",
                table: "credit_accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "refund_holds",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Credits = table.Column<int>(type: "INTEGER", nullable: false),
                    TestCredits = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refund_holds", x => new { x.PurchaseId, x.Attempt });
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_credit_accounts_test_balance_within_balance",
                table: "credit_accounts",
                sql: "\"TestBalance\" >= 0 AND \"TestBalance\" <= \"Balance\"");

            migrationBuilder.CreateIndex(
                name: "IX_refund_holds_AccountId_Status",
                table: "refund_holds",
                columns: new[] { "AccountId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "refund_holds");

            migrationBuilder.DropCheckConstraint(
                name: "CK_credit_accounts_test_balance_within_balance",
                table: "credit_accounts");

            migrationBuilder.DropColumn(
                name: "TestAmount",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "TestAmount",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "TestBalance",
                table: "credit_accounts");

            migrationBuilder.DropColumn(
                name: "TestMode",
                table: "credit_accounts");

            migrationBuilder.DropColumn(
                name: "TestModeChangedAt",
                table: "credit_accounts");
        }
    }
}
