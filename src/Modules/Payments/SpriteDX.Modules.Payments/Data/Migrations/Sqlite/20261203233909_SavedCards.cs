using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SpriteDX.Modules.Payments.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SavedCards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CardBrand",
                table: "stripe_customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CardExpMonth",
                table: "stripe_customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CardExpYear",
                table: "stripe_customers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CardLast4",
                table: "stripe_customers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CardPaymentMethodId",
                table: "stripe_customers",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CardBrand",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardExpMonth",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardExpYear",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardLast4",
                table: "stripe_customers");

            migrationBuilder.DropColumn(
                name: "CardPaymentMethodId",
                table: "stripe_customers");
        }
    }
}
