using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CreditControl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancelReason",
                table: "SalesOrders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CancelledBy",
                table: "SalesOrders",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConfirmedBy",
                table: "SalesOrders",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CreditHeldAt",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditHoldReason",
                table: "SalesOrders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CreditReleasedAt",
                table: "SalesOrders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditReleasedBy",
                table: "SalesOrders",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PurchaseOrderNumber",
                table: "SalesOrders",
                type: "TEXT",
                maxLength: 35,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RequestedDeliveryDate",
                table: "SalesOrderLine",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PaidAt",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceivedAt",
                table: "Invoices",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReceivedAt",
                table: "Deliveries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RequiresPurchaseOrderNumber",
                table: "Customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Shipments and invoices synced before: heard of at their last change.
            migrationBuilder.Sql("UPDATE \"Deliveries\" SET \"ReceivedAt\" = \"LastChange\"");
            migrationBuilder.Sql("UPDATE \"Invoices\" SET \"ReceivedAt\" = \"LastChange\"");
            migrationBuilder.Sql("UPDATE \"Invoices\" SET \"PaidAt\" = \"LastChange\" WHERE \"Paid\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_CustomerNumber_Status",
                table: "SalesOrders",
                columns: new[] { "CustomerNumber", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_CustomerNumber_Status",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CancelReason",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CancelledBy",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "ConfirmedBy",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CreditHeldAt",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CreditHoldReason",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CreditReleasedAt",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "CreditReleasedBy",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "PurchaseOrderNumber",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "RequestedDeliveryDate",
                table: "SalesOrderLine");

            migrationBuilder.DropColumn(
                name: "PaidAt",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "Invoices");

            migrationBuilder.DropColumn(
                name: "ReceivedAt",
                table: "Deliveries");

            migrationBuilder.DropColumn(
                name: "RequiresPurchaseOrderNumber",
                table: "Customers");
        }
    }
}
