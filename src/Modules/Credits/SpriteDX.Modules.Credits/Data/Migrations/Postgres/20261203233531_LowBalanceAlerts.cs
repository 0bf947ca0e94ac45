using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LowBalanceAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "low_balance_alerts",
                schema: "credits",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Threshold = table.Column<long>(type: "bigint", nullable: false),
                    Armed = table.Column<bool>(type: "boolean", nullable: false),
                    SetAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CrossedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NoticeShownAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_low_balance_alerts", x => x.AccountId);
                    table.CheckConstraint("CK_low_balance_alerts_threshold_positive", "\"Threshold\" > 0");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "low_balance_alerts",
                schema: "credits");
        }
    }
}
