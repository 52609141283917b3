// Runs bench/onboarding.ts against a migrated, empty database at `url`, as the administrator.
import pg from "pg";
import type { AppSession } from "@/lib/auth/session-types";
import { benchOnboarding, type OnboardingBench } from "./onboarding";

const ADMIN: AppSession = {
  userId: "bench-admin",
  username: "bench.admin",
  name: "Quản trị (đo hiệu năng)",
  role: "ADMIN",
  unitId: null,
  unitName: null,
  isUnitHead: false,
  allBlocs: false,
  assignedBlocIds: [],
};

export async function runOnboardingBench(url: string): Promise<OnboardingBench> {
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  await sql.query(`INSERT INTO "User" (id, username, name, "passwordHash", role, "updatedAt") VALUES ($1, $2, $3, '!', 'ADMIN', now())`, [
    ADMIN.userId,
    ADMIN.username,
    ADMIN.name,
  ]);
  await sql.end();
  process.env.DATABASE_URL = url;
  try {
    return await benchOnboarding(ADMIN);
  } finally {
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    delete (globalThis as { prisma?: unknown }).prisma;
  }
}
