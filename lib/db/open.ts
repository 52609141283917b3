import path from "node:path";
import { findRunningEmbedded, startEmbedded } from "@/lib/db/embedded";

/**
 * For command-line scripts: the database to use and how to let go of it.
 * DATABASE_URL wins; otherwise the embedded folder, through its owner's socket when the app is running.
 */
export async function openDatabaseUrl(): Promise<{ url: string; embedded: boolean; close: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, close: async () => {} };
  const dataDir = embeddedDataDir();
  const running = await findRunningEmbedded(dataDir);
  if (running) return { url: running, embedded: true, close: async () => {} };
  const started = await startEmbedded({ dataDir });
  return { url: started.url, embedded: true, close: started.stop };
}

export function embeddedDataDir() {
  return path.join(process.env.DATA_DIR ?? "data", "pglite");
}
