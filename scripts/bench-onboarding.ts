// `npx tsx scripts/bench-onboarding.ts`: the onboarding case of the bench (bench/onboarding.ts)
// alone, on a throwaway PostgreSQL database (BENCH_PG_URL); no build needed. `npm run bench`
// runs the same case after the others.
import { applyMigrations } from "@/lib/db/migrate";
import { createScratchDatabase } from "../bench/scratch-db";
import { runOnboardingBench } from "../bench/onboarding-run";

const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const database = await createScratchDatabase(PG_URL, `tdk_bench_onboarding_${process.pid}`);
try {
  await applyMigrations(database.url);
  const result = await runOnboardingBench(database.url);
  console.table(Object.fromEntries(result.timings.map((t) => [t.kind, { rows: t.rows, "preview ms": t.previewMs, "apply ms": t.applyMs }])));
  console.log(`total (preview + apply, four kinds): ${result.totalMs} ms; the same files again (nothing changes): ${result.rerunUnchangedMs} ms`);
} finally {
  await database.drop();
}
process.exit(0);
