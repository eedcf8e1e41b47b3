using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RoomForRepromisedRows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "ScheduleLines")
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);

            migrationBuilder.AlterTable(
                name: "SalesOrderLine")
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "ScheduleLines")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 70);

            migrationBuilder.AlterTable(
                name: "SalesOrderLine")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 70);
        }
    }
}
