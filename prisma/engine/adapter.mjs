// The database side of the WebAssembly schema engine: a @prisma/adapter-pg factory with
// three fixes the engine needs (see the comments below) and a shadow database that is
// never the main one.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import { startScratchPglite } from "./pglite.mjs";

const CHAR_OID = 18; // PostgreSQL's one-byte "char" (pg_class.relkind, pg_constraint.contype, …)
const TEXT_OID = 25;

// Fix 1, "char" columns. The engine's introspection reads catalog columns of type "char";
// adapter-pg has no mapping for OID 18 and fails with "Column type 'char' could not be
// deserialized". The client reports such columns as text (so adapter-pg accepts them) and
// remembers their positions per SQL text; queryRaw then labels them Character, which is what
// the engine expects (plain text makes it panic). Same SQL text ⇒ same columns, so the map is safe.
const charColumnsBySql = new Map();

function relabelCharColumns(config, result) {
  const sql = typeof config === "string" ? config : config?.text;
  if (!sql || !result?.fields) return result; // multi-statement results are arrays: nothing to do
  const positions = [];
  result.fields.forEach((field, i) => {
    if (field.dataTypeID === CHAR_OID) {
      field.dataTypeID = TEXT_OID;
      positions.push(i);
    }
  });
  if (positions.length > 0) charColumnsBySql.set(sql, positions);
  return result;
}

class CharAwareClient extends pg.Client {
  query(config, values, callback) {
    if (typeof config?.submit === "function") return super.query(config, values, callback);
    const cb = typeof values === "function" ? values : callback;
    const vals = typeof values === "function" ? undefined : values;
    // pg.Pool#query uses the callback form; transactions (pool.connect()) use promises.
    if (cb) return super.query(config, vals, (err, res) => cb(err, err ? res : relabelCharColumns(config, res)));
    return super.query(config, vals).then((res) => relabelCharColumns(config, res));
  }
}

function markCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumnsBySql.get(query.sql) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

async function connectPg(url, onDispose) {
  const pool = new pg.Pool({ connectionString: url, Client: CharAwareClient, max: 4 });
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  markCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => markCharColumns(await startTransaction(...args));
  // Fix 2, scripts. adapter-pg's executeScript splits on ";" and so breaks every
  // function body ($$ … ; … $$) in a migration. One simple-protocol query runs the
  // whole script as PostgreSQL itself would (psql does the same).
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  if (onDispose) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await onDispose();
    };
  }
  return adapter;
}

// A temporary database on the same server, dropped when the engine lets go of it.
// Returns null when that is not possible (no CREATEDB right, PGlite behind the URL, …).
async function tryTempDatabase(url) {
  const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch {
    await admin.end().catch(() => {});
    return null;
  }
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`).catch(() => {});
    await admin.end().catch(() => {});
  };
  const shadowUrl = new URL(url);
  shadowUrl.pathname = `/${name}`;
  const adapter = await connectPg(shadowUrl.toString(), drop);
  // Safety check: a server that ignores the database name (PGlite's socket does) would
  // hand us the main database, which the engine is about to wipe.
  const { rows } = await adapter.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
  if (rows[0]?.[0] === name) return adapter;
  await adapter.dispose();
  return null;
}

/**
 * Adapter factory for the engine.
 * - `url`: the main database; when absent (offline diff) a scratch in-memory PGlite stands in.
 * - `shadowUrl`: an explicitly configured shadow database (used as is, like Prisma does).
 * Fix 3, shadow database: adapter-pg's own connectToShadowDb() connects to the MAIN database
 * (its connection string overrides `database`) and the engine then resets it. Here the shadow
 * is `shadowUrl`, else a temporary database on the server, else a fresh in-memory PGlite.
 */
export function createAdapterFactory({ url, shadowUrl } = {}) {
  const scratches = [];
  const scratch = () => {
    const db = startScratchPglite();
    scratches.push(db);
    return db.then((started) => started.url);
  };
  // Offline there is no main database, yet the engine connects to one when it starts (it
  // reads the server version). One scratch PGlite (3-6 s to start) then serves as both that
  // stand-in main database and the shadow: it holds nothing, so a reset costs nothing.
  let offlineUrl;
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return connectPg(url ?? (await (offlineUrl ??= scratch())));
    },
    async connectToShadowDb() {
      if (shadowUrl && shadowUrl === url) throw new Error("The shadow database URL must differ from the main one.");
      if (shadowUrl) return connectPg(shadowUrl);
      if (!url) return connectPg(await (offlineUrl ??= scratch()));
      return (await tryTempDatabase(url)) ?? connectPg(await scratch());
    },
    /** Stops the scratch PGlite instances, if any were started. */
    async close() {
      await Promise.all(scratches.map(async (db) => (await db).stop()));
    },
  };
}
