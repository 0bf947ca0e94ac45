using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Admin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdminReadModelAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsRegistered = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsAdmin = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasEarlyAccess = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsSuspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsTestBillingAccount = table.Column<bool>(type: "INTEGER", nullable: false),
                    BillingModeChangedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    Owed = table.Column<long>(type: "INTEGER", nullable: false),
                    BalanceAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AdminId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AdminEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecisionKey = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "generation_lines",
                columns: table => new
                {
                    GenerationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cost = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_generation_lines", x => x.GenerationId);
                });

            migrationBuilder.CreateTable(
                name: "ledger_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Delta = table.Column<long>(type: "INTEGER", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "purchase_lines",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PackName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Credits = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Livemode = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefundedMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    IsDisputed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_purchase_lines", x => x.PurchaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_Balance_EmailKey",
                table: "accounts",
                columns: new[] { "IsRegistered", "Balance", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_CreatedAt_EmailKey",
                table: "accounts",
                columns: new[] { "IsRegistered", "CreatedAt", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_EmailKey",
                table: "accounts",
                columns: new[] { "IsRegistered", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_LastSeenAt_EmailKey",
                table: "accounts",
                columns: new[] { "IsRegistered", "LastSeenAt", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AccountId_Id",
                table: "audit_entries",
                columns: new[] { "AccountId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_DecisionKey",
                table: "audit_entries",
                column: "DecisionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_generation_lines_AccountId_At",
                table: "generation_lines",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_lines_AccountId_At",
                table: "ledger_lines",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_lines_MessageId",
                table: "ledger_lines",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_purchase_lines_AccountId_CompletedAt",
                table: "purchase_lines",
                columns: new[] { "AccountId", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "generation_lines");

            migrationBuilder.DropTable(
                name: "ledger_lines");

            migrationBuilder.DropTable(
                name: "purchase_lines");
        }
    }
}
