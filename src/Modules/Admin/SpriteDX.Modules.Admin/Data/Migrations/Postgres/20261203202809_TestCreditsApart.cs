using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Admin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TestCreditsApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TestDelta",
                schema: "admin",
                table: "ledger_lines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "TestMoney",
                schema: "admin",
                table: "ledger_lines",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TestBalance",
                schema: "admin",
                table: "accounts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TestDelta",
                schema: "admin",
                table: "ledger_lines");

            migrationBuilder.DropColumn(
                name: "TestMoney",
                schema: "admin",
                table: "ledger_lines");

            migrationBuilder.DropColumn(
                name: "TestBalance",
                schema: "admin",
                table: "accounts");
        }
    }
}
