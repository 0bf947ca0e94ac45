using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SelfServeRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Balance",
                schema: "payments",
                table: "billing_accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "BalanceAt",
                schema: "payments",
                table: "billing_accounts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TestBalance",
                schema: "payments",
                table: "billing_accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "refund_requests",
                schema: "payments",
                columns: table => new
                {
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    StripeRefundId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refund_requests", x => x.PurchaseId);
                    table.ForeignKey(
                        name: "FK_refund_requests_purchases_PurchaseId",
                        column: x => x.PurchaseId,
                        principalSchema: "payments",
                        principalTable: "purchases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "refund_requests",
                schema: "payments");

            migrationBuilder.DropColumn(
                name: "Balance",
                schema: "payments",
                table: "billing_accounts");

            migrationBuilder.DropColumn(
                name: "BalanceAt",
                schema: "payments",
                table: "billing_accounts");

            migrationBuilder.DropColumn(
                name: "TestBalance",
                schema: "payments",
                table: "billing_accounts");
        }
    }
}
