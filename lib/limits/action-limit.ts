import { env } from "@/lib/env";
import { MemoryWindows } from "./memory-windows";

// Server actions per signed-in user, counted in this process (why not in the database: see
// MemoryWindows). Their limit per address is kept by the production server before Next reads the
// body (lib/limits/action-gate.ts).
const windows = new MemoryWindows();

/** Seconds before `userId` may run another action; 0 when it may now. Counts this one. */
export function actionWait(userId: string, now = Date.now()): number {
  const limit = env.RATE_LIMITS?.actions;
  return limit ? windows.hit([{ key: userId, limit: limit.perUser }], now) : 0;
}
