using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WebhookEventDeliveriesAndReplays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Deliveries",
                table: "webhook_events",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<long>(
                name: "LastReplayedAt",
                table: "webhook_events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_webhook_events_ReceivedAt_Id",
                table: "webhook_events",
                columns: new[] { "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_webhook_events_Type_ReceivedAt",
                table: "webhook_events",
                columns: new[] { "Type", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_webhook_events_ReceivedAt_Id",
                table: "webhook_events");

            migrationBuilder.DropIndex(
                name: "IX_webhook_events_Type_ReceivedAt",
                table: "webhook_events");

            migrationBuilder.DropColumn(
                name: "Deliveries",
                table: "webhook_events");

            migrationBuilder.DropColumn(
                name: "LastReplayedAt",
                table: "webhook_events");
        }
    }
}
