using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SpriteDX.Modules.Admin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AdminReadModelAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "admin",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EmailKey = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IsRegistered = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsAdmin = table.Column<bool>(type: "boolean", nullable: false),
                    HasEarlyAccess = table.Column<bool>(type: "boolean", nullable: false),
                    IsSuspended = table.Column<bool>(type: "boolean", nullable: false),
                    IsTestBillingAccount = table.Column<bool>(type: "boolean", nullable: false),
                    BillingModeChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    Owed = table.Column<long>(type: "bigint", nullable: false),
                    BalanceAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "admin",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AdminId = table.Column<Guid>(type: "uuid", nullable: false),
                    AdminEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Details = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DecisionKey = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "generation_lines",
                schema: "admin",
                columns: table => new
                {
                    GenerationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Cost = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_generation_lines", x => x.GenerationId);
                });

            migrationBuilder.CreateTable(
                name: "ledger_lines",
                schema: "admin",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Delta = table.Column<long>(type: "bigint", nullable: false),
                    Balance = table.Column<long>(type: "bigint", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ledger_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "purchase_lines",
                schema: "admin",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PackName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Credits = table.Column<int>(type: "integer", nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Livemode = table.Column<bool>(type: "boolean", nullable: false),
                    RefundedMinor = table.Column<long>(type: "bigint", nullable: false),
                    IsDisputed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_purchase_lines", x => x.PurchaseId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_Balance_EmailKey",
                schema: "admin",
                table: "accounts",
                columns: new[] { "IsRegistered", "Balance", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_CreatedAt_EmailKey",
                schema: "admin",
                table: "accounts",
                columns: new[] { "IsRegistered", "CreatedAt", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_EmailKey",
                schema: "admin",
                table: "accounts",
                columns: new[] { "IsRegistered", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_IsRegistered_LastSeenAt_EmailKey",
                schema: "admin",
                table: "accounts",
                columns: new[] { "IsRegistered", "LastSeenAt", "EmailKey" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AccountId_Id",
                schema: "admin",
                table: "audit_entries",
                columns: new[] { "AccountId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_DecisionKey",
                schema: "admin",
                table: "audit_entries",
                column: "DecisionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_generation_lines_AccountId_At",
                schema: "admin",
                table: "generation_lines",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_lines_AccountId_At",
                schema: "admin",
                table: "ledger_lines",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_lines_MessageId",
                schema: "admin",
                table: "ledger_lines",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_purchase_lines_AccountId_CompletedAt",
                schema: "admin",
                table: "purchase_lines",
                columns: new[] { "AccountId", "CompletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts",
                schema: "admin");

            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "admin");

            migrationBuilder.DropTable(
                name: "generation_lines",
                schema: "admin");

            migrationBuilder.DropTable(
                name: "ledger_lines",
                schema: "admin");

            migrationBuilder.DropTable(
                name: "purchase_lines",
                schema: "admin");
        }
    }
}
