using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountEmailKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Accounts_Email",
                table: "Accounts");

            migrationBuilder.DropIndex(
                name: "IX_Accounts_Phone",
                table: "Accounts");

            // The caller lookup finds accounts by key only: existing accounts' addresses become keys.
            migrationBuilder.Sql("INSERT INTO \"MatchKeys\" (\"RecordType\", \"RecordId\", \"Kind\", \"Value\") " +
                "SELECT 'Account', \"Id\", 'email', LOWER(\"Email\") FROM \"Accounts\" WHERE \"Email\" LIKE '%_@_%' AND length(\"Email\") <= 200");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM \"MatchKeys\" WHERE \"RecordType\" = 'Account' AND \"Kind\" = 'email'");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Email",
                table: "Accounts",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_Phone",
                table: "Accounts",
                column: "Phone");
        }
    }
}
