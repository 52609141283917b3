import pg from "pg";

// Integration tests run on the embedded database (PGlite) by default and on the
// PostgreSQL server with TEST_DB=postgres; TEST_PG_URL points at its admin database.
export const usePostgres = process.env.TEST_DB === "postgres";
export const adminUrl = process.env.TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function databaseUrl(name: string) {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
