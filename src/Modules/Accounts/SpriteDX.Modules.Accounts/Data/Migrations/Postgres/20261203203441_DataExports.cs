using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Accounts.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DataExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_exports",
                schema: "accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    PreparingFor = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: true),
                    Failure = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_exports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_data_exports_AspNetUsers_AccountId",
                        column: x => x.AccountId,
                        principalSchema: "accounts",
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "data_export_archives",
                schema: "accounts",
                columns: table => new
                {
                    ExportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Zip = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_export_archives", x => x.ExportId);
                    table.ForeignKey(
                        name: "FK_data_export_archives_data_exports_ExportId",
                        column: x => x.ExportId,
                        principalSchema: "accounts",
                        principalTable: "data_exports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_data_exports_AccountId_RequestedAt",
                schema: "accounts",
                table: "data_exports",
                columns: new[] { "AccountId", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_data_exports_PreparingFor",
                schema: "accounts",
                table: "data_exports",
                column: "PreparingFor",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_data_exports_Status_ExpiresAt",
                schema: "accounts",
                table: "data_exports",
                columns: new[] { "Status", "ExpiresAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_export_archives",
                schema: "accounts");

            migrationBuilder.DropTable(
                name: "data_exports",
                schema: "accounts");
        }
    }
}
