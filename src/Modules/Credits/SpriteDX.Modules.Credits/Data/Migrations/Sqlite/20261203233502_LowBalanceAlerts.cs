using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LowBalanceAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "low_balance_alerts",
                columns: table => new
                {
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Threshold = table.Column<long>(type: "INTEGER", nullable: false),
                    Armed = table.Column<bool>(type: "INTEGER", nullable: false),
                    SetAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CrossedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NoticeShownAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "low_balance_alerts");
        }
    }
}
