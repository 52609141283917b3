// A throwaway PostgreSQL database for the bench and load scripts, created through an admin
// database on the same server and dropped (with any connection still open) when done.
import pg from "pg";

export type ScratchDatabase = { url: string; drop: () => Promise<void> };

export async function createScratchDatabase(adminUrl: string, name: string): Promise<ScratchDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
