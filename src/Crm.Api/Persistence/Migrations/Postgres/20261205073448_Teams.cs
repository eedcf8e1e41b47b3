using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Teams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TeamId",
                table: "SalesOrders",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TeamId",
                table: "Quotes",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Owner",
                table: "Customers",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TeamId",
                table: "Customers",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ManagerUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TakesNewCustomers = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamMember",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TeamId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamMember_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SalesOrders_TeamId",
                table: "SalesOrders",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Quotes_TeamId",
                table: "Quotes",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Customers_TeamId",
                table: "Customers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMember_TeamId_UserName",
                table: "TeamMember",
                columns: new[] { "TeamId", "UserName" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamMember_UserName",
                table: "TeamMember",
                column: "UserName");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_ManagerUserName",
                table: "Teams",
                column: "ManagerUserName");

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Name",
                table: "Teams",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TeamMember");

            migrationBuilder.DropTable(
                name: "Teams");

            migrationBuilder.DropIndex(
                name: "IX_SalesOrders_TeamId",
                table: "SalesOrders");

            migrationBuilder.DropIndex(
                name: "IX_Quotes_TeamId",
                table: "Quotes");

            migrationBuilder.DropIndex(
                name: "IX_Customers_TeamId",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "SalesOrders");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Quotes");

            migrationBuilder.DropColumn(
                name: "Owner",
                table: "Customers");

            migrationBuilder.DropColumn(
                name: "TeamId",
                table: "Customers");
        }
    }
}
