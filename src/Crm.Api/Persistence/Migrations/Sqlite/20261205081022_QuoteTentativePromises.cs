using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuoteTentativePromises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PromiseCheckedAt",
                table: "Quotes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PromisedDeliveryDate",
                table: "QuoteLine",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "PromisedQuantity",
                table: "QuoteLine",
                type: "TEXT",
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
