using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Admin.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountEmailRecordedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EmailRecordedAt",
                schema: "admin",
                table: "accounts",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EmailRecordedAt",
                schema: "admin",
                table: "accounts");
        }
    }
}
