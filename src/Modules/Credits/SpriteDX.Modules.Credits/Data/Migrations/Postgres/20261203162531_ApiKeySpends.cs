using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Credits.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ApiKeySpends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_key_spends",
                schema: "credits",
                columns: table => new
                {
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApiKeyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApiKeyName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_key_spends", x => x.SourceId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_api_key_spends_AccountId_ApiKeyId",
                schema: "credits",
                table: "api_key_spends",
                columns: new[] { "AccountId", "ApiKeyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_key_spends",
                schema: "credits");
        }
    }
}
