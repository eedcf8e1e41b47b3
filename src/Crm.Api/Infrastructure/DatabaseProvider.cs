namespace Crm.Api.Infrastructure;

public enum DatabaseProvider { Sqlite, Postgres, SqlServer }
