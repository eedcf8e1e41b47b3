using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class QuoteTentativePromises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PromiseCheckedAt",
                table: "Quotes",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PromisedDeliveryDate",
                table: "QuoteLine",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PromisedQuantity",
                table: "QuoteLine",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PromiseCheckedAt",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "PromisedDeliveryDate",
                table: "QuoteLine");

            migrationBuilder.DropColumn(
                name: "PromisedQuantity",
                table: "QuoteLine");
        }
    }
}
