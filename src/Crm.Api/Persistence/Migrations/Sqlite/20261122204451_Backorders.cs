using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Backorders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "AtRiskSince",
                table: "SalesOrderLine",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RepromiseRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Plant = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
