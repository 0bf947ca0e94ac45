using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SavedCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CardBrand",
                schema: "payments",
                table: "stripe_customers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CardExpMonth",
                schema: "payments",
                table: "stripe_customers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CardExpYear",
                schema: "payments",
                table: "stripe_customers",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CardLast4",
                schema: "payments",
                table: "stripe_customers",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CardPaymentMethodId",
                schema: "payments",
                table: "stripe_customers",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CardBrand",
                schema: "payments",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardExpMonth",
                schema: "payments",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardExpYear",
                schema: "payments",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardLast4",
                schema: "payments",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardPaymentMethodId",
                schema: "payments",
                table: "stripe_customers");
        }
    }
}
