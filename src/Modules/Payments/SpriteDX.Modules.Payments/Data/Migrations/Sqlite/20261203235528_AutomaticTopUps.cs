using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AutomaticTopUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "auto_top_ups",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ThresholdCredits = table.Column<long>(type: "INTEGER", nullable: false),
                    PackId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MonthlyCapMinor = table.Column<long>(type: "INTEGER", nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    InFlightTopUpId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CapReachedMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    TurnedOffReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    TurnedOffAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_auto_top_ups", x => x.AccountId);
                });

            migrationBuilder.CreateTable(
                name: "top_ups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PurchaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    PaymentMethodId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    AmountMinor = table.Column<long>(type: "INTEGER", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PaymentIntentId = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FailureCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FailureMessage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_top_ups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_top_ups_purchases_PurchaseId",
                        column: x => x.PurchaseId,
                        principalTable: "purchases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_AccountId_CreatedAt",
                table: "top_ups",
                columns: new[] { "AccountId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_PurchaseId",
                table: "top_ups",
                column: "PurchaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_top_ups_SettledAt",
                table: "top_ups",
                column: "SettledAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "auto_top_ups");

            migrationBuilder.DropTable(
                name: "top_ups");
        }
    }
}
