using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Backorders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Earlier versions left lines and schedule lines behind, without their document, when they were replaced.
            // They never counted as demand; they go before the columns become required.
            migrationBuilder.Sql("DELETE FROM \"ScheduleLines\" WHERE \"SalesOrderLineId\" IS NULL OR \"SalesOrderLineId\" IN (SELECT \"Id\" FROM \"SalesOrderLine\" WHERE \"SalesOrderId\" IS NULL);");
            migrationBuilder.Sql("DELETE FROM \"SalesOrderLine\" WHERE \"SalesOrderId\" IS NULL;");
            migrationBuilder.Sql("DELETE FROM \"QuoteLine\" WHERE \"QuoteId\" IS NULL;");

            migrationBuilder.AlterColumn<long>(
                name: "SalesOrderLineId",
                table: "ScheduleLines",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "SalesOrderId",
                table: "SalesOrderLine",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AtRiskSince",
                table: "SalesOrderLine",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "QuoteId",
                table: "QuoteLine",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateTable(
                name: "RepromiseRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Plant = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.AlterColumn<long>(
                name: "SalesOrderLineId",
                table: "ScheduleLines",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<long>(
                name: "SalesOrderId",
                table: "SalesOrderLine",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AlterColumn<long>(
                name: "QuoteId",
                table: "QuoteLine",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");
        }
    }
}
