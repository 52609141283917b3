// Direct PostgreSQL checks the native engine answers outside JSON-RPC
// (`cli can-connect-to-database`, `cli create-database`) or the WebAssembly engine lacks.
import pg from "pg";

/** An engine error the CLI understands: Prisma error code (P1001 …) plus message. */
export class EngineError extends Error {
  constructor(code, message) {
    super(message);
    this.errorCode = code;
  }
}

function where(url) {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

// Same codes and wording as the native engine, so the CLI reacts the same way
// (P1003 makes `migrate deploy`/`migrate dev` offer to create the database).
function toEngineError(error, url) {
  if (error.code === "3D000") {
    return new EngineError("P1003", `Database \`${databaseName(url)}\` does not exist on the database server at \`${where(url)}\`.`);
  }
  if (error.code === "28P01" || error.code === "28000") {
    const user = decodeURIComponent(new URL(url).username) || "postgres";
    return new EngineError("P1000", `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.`);
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET"].includes(error.code)) {
    return new EngineError(
      "P1001",
      `Can't reach database server at \`${where(url)}\`\n\nPlease make sure your database server is running at \`${where(url)}\`.`,
    );
  }
  return new EngineError(undefined, error.message);
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return await fn(client);
  } catch (error) {
    throw error instanceof EngineError ? error : toEngineError(error, url);
  } finally {
    await client.end().catch(() => {});
  }
}

export function canConnect(url) {
  return withClient(url, (client) => client.query("SELECT 1"));
}

export function databaseVersion(url) {
  return withClient(url, async (client) => (await client.query("SELECT version()")).rows[0].version);
}

/** Creates the database named in `url` by connecting to the server's `postgres` database. */
export async function createDatabase(url) {
  const name = databaseName(url);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  await withClient(maintenance.toString(), (client) => client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`));
  return name;
}
