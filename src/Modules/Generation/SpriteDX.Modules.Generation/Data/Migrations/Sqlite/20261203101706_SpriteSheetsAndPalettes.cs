using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Generation.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SpriteSheetsAndPalettes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FrameDurations",
                table: "generations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Palette",
                table: "generations",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "default");

            migrationBuilder.AddColumn<int>(
                name: "RequestedSize",
                table: "generations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                table: "generations",
                type: "TEXT",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FrameDurations",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "Palette",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "RequestedSize",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "Subject",
                table: "generations");
        }
    }
}
