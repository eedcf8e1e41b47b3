using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderNetTotal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_CustomerNumber_Status",
                table: "SalesOrders");

            migrationBuilder.AddColumn<decimal>(
                name: "NetTotal",
                table: "SalesOrders",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            // Orders saved before the value was kept: their open lines at their prices, each rounded to the cent.
            migrationBuilder.Sql("""
                UPDATE "SalesOrders" AS o SET "NetTotal" = COALESCE((SELECT SUM(ROUND(l."Quantity" * l."UnitPrice" * (1 - l."DiscountPercent" / 100), 2)) FROM "SalesOrderLine" AS l WHERE l."SalesOrderId" = o."Id" AND NOT l."Cancelled"), 0);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_CustomerNumber_Status",
                table: "SalesOrders",
                columns: new[] { "CustomerNumber", "Status" })
                .Annotation("Npgsql:IndexInclude", new[] { "NetTotal", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_CustomerNumber_Status",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "NetTotal",
                table: "SalesOrders");

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_CustomerNumber_Status",
                table: "SalesOrders",
                columns: new[] { "CustomerNumber", "Status" });
        }
    }
}
