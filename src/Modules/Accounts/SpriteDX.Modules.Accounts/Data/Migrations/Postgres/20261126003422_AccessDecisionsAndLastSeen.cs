using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Accounts.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccessDecisionsAndLastSeen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AdminChangedAt",
                schema: "accounts",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EarlyAccessChangedAt",
                schema: "accounts",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSeenAt",
                schema: "accounts",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SuspendedChangedAt",
                schema: "accounts",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AdminChangedAt",
                schema: "accounts",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "EarlyAccessChangedAt",
                schema: "accounts",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "LastSeenAt",
                schema: "accounts",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "SuspendedChangedAt",
                schema: "accounts",
                table: "AspNetUsers");
        }
    }
}
