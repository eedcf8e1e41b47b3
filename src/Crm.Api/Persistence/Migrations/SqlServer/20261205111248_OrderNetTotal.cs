using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OrderNetTotal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "NetTotal",
                table: "SalesOrders",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            // Orders saved before the value was kept: their open lines at their prices, each rounded to the cent.
            migrationBuilder.Sql("""
                UPDATE o SET [NetTotal] = COALESCE((SELECT SUM(ROUND(l.[Quantity] * l.[UnitPrice] * (1 - l.[DiscountPercent] / 100), 2)) FROM [SalesOrderLine] AS l WHERE l.[SalesOrderId] = o.[Id] AND l.[Cancelled] = 0), 0) FROM [SalesOrders] AS o;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NetTotal",
                table: "SalesOrders");
        }
    }
}
