using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ErpCustomerRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ErpCustomerRequestedAt",
                table: "Accounts",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErpCustomerRequestedBy",
                table: "Accounts",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErpReference",
                table: "Accounts",
                type: "nvarchar(40)",
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
