using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Backorders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AtRiskSince",
                table: "SalesOrderLine",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RepromiseRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ItemNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Plant = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepromiseRequests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrderLine_ItemNumber_Plant",
                table: "SalesOrderLine",
                columns: new[] { "ItemNumber", "Plant" });

            migrationBuilder.CreateIndex(
                name: "IX_RepromiseRequests_ItemNumber_Plant",
                table: "RepromiseRequests",
                columns: new[] { "ItemNumber", "Plant" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RepromiseRequests");

            migrationBuilder.DropIndex(
                name: "IX_SalesOrderLine_ItemNumber_Plant",
                table: "SalesOrderLine");

            migrationBuilder.DropColumn(
                name: "AtRiskSince",
                table: "SalesOrderLine");
        }
    }
}
