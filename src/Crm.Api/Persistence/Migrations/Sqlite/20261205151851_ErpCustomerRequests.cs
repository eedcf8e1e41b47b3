using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ErpCustomerRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ErpCustomerRequestedAt",
                table: "Accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErpCustomerRequestedBy",
                table: "Accounts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErpReference",
                table: "Accounts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_ErpReference",
                table: "Accounts",
                column: "ErpReference");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_ErpReference",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "ErpCustomerRequestedAt",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "ErpCustomerRequestedBy",
                table: "Accounts");

            migrationBuilder.DropColumn(
                name: "ErpReference",
                table: "Accounts");
        }
    }
}
