using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Admin.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TestCreditsApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TestDelta",
                table: "ledger_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "TestMoney",
                table: "ledger_lines",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TestBalance",
                table: "accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TestDelta",
                table: "ledger_lines");

            migrationBuilder.DropColumn(
                name: "TestMoney",
                table: "ledger_lines");

            migrationBuilder.DropColumn(
                name: "TestBalance",
                table: "accounts");
        }
    }
}
