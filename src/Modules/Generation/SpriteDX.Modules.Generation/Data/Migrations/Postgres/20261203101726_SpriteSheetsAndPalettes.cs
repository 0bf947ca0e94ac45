using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Generation.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SpriteSheetsAndPalettes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FrameDurations",
                schema: "generation",
                table: "generations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Palette",
                schema: "generation",
                table: "generations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "default");

            migrationBuilder.AddColumn<int>(
                name: "RequestedSize",
                schema: "generation",
                table: "generations",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Subject",
                schema: "generation",
                table: "generations",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FrameDurations",
                schema: "generation",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "Palette",
                schema: "generation",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "RequestedSize",
                schema: "generation",
                table: "generations");

            migrationBuilder.DropColumn(
                name: "Subject",
                schema: "generation",
                table: "generations");
        }
    }
}
