using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SyncStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "SyncCursors",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastKey",
                table: "SyncCursors",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastRunStartedAt",
                table: "SyncCursors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastSuccessAt",
                table: "SyncCursors",
                type: "INTEGER",
                nullable: true);

            // Until now a cursor was written only by a run that succeeded.
            migrationBuilder.Sql("UPDATE \"SyncCursors\" SET \"LastSuccessAt\" = \"LastRunAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastError",
                table: "SyncCursors");

            migrationBuilder.DropColumn(
                name: "LastKey",
                table: "SyncCursors");

            migrationBuilder.DropColumn(
                name: "LastRunStartedAt",
                table: "SyncCursors");

            migrationBuilder.DropColumn(
                name: "LastSuccessAt",
                table: "SyncCursors");
        }
    }
}
