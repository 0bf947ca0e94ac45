using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AutomaticTopUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "auto_top_ups",
                schema: "payments",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    ThresholdCredits = table.Column<long>(type: "bigint", nullable: false),
                    PackId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MonthlyCapMinor = table.Column<long>(type: "bigint", nullable: true),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    InFlightTopUpId = table.Column<Guid>(type: "uuid", nullable: true),
                    CapReachedMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    TurnedOffReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    TurnedOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auto_top_ups", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "top_ups",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    PurchaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mode = table.Column<int>(type: "integer", nullable: false),
                    CustomerId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    PaymentMethodId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    AmountMinor = table.Column<long>(type: "bigint", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PaymentIntentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    FailureCode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FailureMessage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_top_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_top_ups_purchases_PurchaseId",
                        column: x => x.PurchaseId,
                        principalSchema: "payments",
                        principalTable: "purchases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_AccountId_CreatedAt",
                schema: "payments",
                table: "top_ups",
                columns: new[] { "AccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_PurchaseId",
                schema: "payments",
                table: "top_ups",
                column: "PurchaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_SettledAt",
                schema: "payments",
                table: "top_ups",
                column: "SettledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "auto_top_ups",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "top_ups",
                schema: "payments");
        }
    }
}
