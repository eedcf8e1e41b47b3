using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuoteApprovals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovalReasons",
                table: "Quotes",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DecidedAt",
                table: "Quotes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "Quotes",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionComment",
                table: "Quotes",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PreviousVersionId",
                table: "Quotes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SubmittedAt",
                table: "Quotes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmittedBy",
                table: "Quotes",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SupersededAt",
                table: "Quotes",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "VersionNumber",
                table: "Quotes",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<decimal>(
                name: "ReferencePrice",
                table: "QuoteLine",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<decimal>(
                name: "FloorPrice",
                table: "Products",
                type: "numeric(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            // "Rejected" used to mean that the customer declined; a manager's rejection is new.
            migrationBuilder.Sql("UPDATE \"Quotes\" SET \"Status\" = 'Declined' WHERE \"Status\" = 'Rejected'");
            // Lines quoted before carried their price as it was resolved.
            migrationBuilder.Sql("UPDATE \"QuoteLine\" SET \"ReferencePrice\" = \"UnitPrice\"");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_Status",
                table: "Quotes",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Quotes_Status",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ApprovalReasons",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "DecisionComment",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "PreviousVersionId",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "SubmittedAt",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "SubmittedBy",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "VersionNumber",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "ReferencePrice",
                table: "QuoteLine");

            migrationBuilder.DropColumn(
                name: "FloorPrice",
                table: "Products");
        }
    }
}
