using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WebhookEventDeliveriesAndReplays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Deliveries",
                schema: "payments",
                table: "webhook_events",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastReplayedAt",
                schema: "payments",
                table: "webhook_events",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_events_ReceivedAt_Id",
                schema: "payments",
                table: "webhook_events",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_events_Type_ReceivedAt",
                schema: "payments",
                table: "webhook_events",
                columns: new[] { "Type", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_webhook_events_ReceivedAt_Id",
                schema: "payments",
                table: "webhook_events");

            migrationBuilder.DropIndex(
                name: "IX_webhook_events_Type_ReceivedAt",
                schema: "payments",
                table: "webhook_events");

            migrationBuilder.DropColumn(
                name: "Deliveries",
                schema: "payments",
                table: "webhook_events");

            migrationBuilder.DropColumn(
                name: "LastReplayedAt",
                schema: "payments",
                table: "webhook_events");
        }
    }
}
