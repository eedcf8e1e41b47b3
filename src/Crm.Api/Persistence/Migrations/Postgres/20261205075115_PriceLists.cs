using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PriceLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "SalesOrders",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "PriceListId",
                table: "SalesOrderLine",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PriceSource",
                table: "SalesOrderLine",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "ErpListPrice");

            migrationBuilder.AddColumn<string>(
                name: "Currency",
                table: "Quotes",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "PriceListId",
                table: "QuoteLine",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PriceSource",
                table: "QuoteLine",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "ErpListPrice");

            // Documents made before they carried a currency take their customer's.
            migrationBuilder.Sql("UPDATE \"Quotes\" SET \"Currency\" = COALESCE((SELECT c.\"Currency\" FROM \"Customers\" c WHERE c.\"CustomerNumber\" = \"Quotes\".\"CustomerNumber\"), '')");
            migrationBuilder.Sql("UPDATE \"SalesOrders\" SET \"Currency\" = COALESCE((SELECT c.\"Currency\" FROM \"Customers\" c WHERE c.\"CustomerNumber\" = \"SalesOrders\".\"CustomerNumber\"), '')");

            migrationBuilder.CreateTable(
                name: "PriceLists",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    CustomerNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CustomerGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PriceListLines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MinQuantity = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    PriceListId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PriceListLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PriceListLines_PriceLists_PriceListId",
                        column: x => x.PriceListId,
                        principalTable: "PriceLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PriceListLines_ItemNumber",
                table: "PriceListLines",
                column: "ItemNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PriceListLines_PriceListId_ItemNumber_MinQuantity",
                table: "PriceListLines",
                columns: new[] { "PriceListId", "ItemNumber", "MinQuantity" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PriceLists_CustomerGroup",
                table: "PriceLists",
                column: "CustomerGroup");

            migrationBuilder.CreateIndex(
                name: "IX_PriceLists_CustomerNumber",
                table: "PriceLists",
                column: "CustomerNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PriceListLines");

            migrationBuilder.DropTable(
                name: "PriceLists");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "PriceListId",
                table: "SalesOrderLine");

            migrationBuilder.DropColumn(
                name: "PriceSource",
                table: "SalesOrderLine");

            migrationBuilder.DropColumn(
                name: "Currency",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "PriceListId",
                table: "QuoteLine");

            migrationBuilder.DropColumn(
                name: "PriceSource",
                table: "QuoteLine");
        }
    }
}
