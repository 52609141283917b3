// `npx tsx bench/document-load.ts` (after `npm run build`): how much six clients asking for PDFs
// slow everyone's pages (lib/documents/render-pool.ts, render-slots.ts). The demo data on a fresh
// embedded database; one officer reads the home page alone, then while six board clients download the pledge as PDF in a loop. Rate limits are off
// (bench/server.ts): what is measured is rendering's share of the server. DOCUMENT_RENDERS, when
// set, is passed on; otherwise the server's default applies.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { startEmbedded } from "@/lib/db/embedded";
import { applyMigrations } from "@/lib/db/migrate";
import { DEMO_PASSWORD } from "../prisma/seed/data";
import { seedDemo } from "../prisma/seed/demo";
import { requireBuild } from "./build";
import { getPage, signIn, type Timed } from "./http";
import { startApp } from "./server";
import { summarize } from "./stats";

const PORT = Number(process.env.BENCH_PORT ?? 3411);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const PDF_CLIENTS = 6;
const PDF = "/api/documents/pledge/pledge-noi-chinh-tinh-2026?format=pdf";

requireBuild();
const database = await startEmbedded({ dataDir: null });
await applyMigrations(database.url);
const seedDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 2 }) });
await seedDemo(seedDb, { reset: false });
await seedDb.$disconnect();

async function loop(seconds: number, step: () => Promise<Timed>) {
  const ms: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const t = await step();
    ms.push(t.ms);
    if (!t.ok) errors += 1;
  }
  return summarize(ms, errors, seconds);
}

{
  const renders = process.env.DOCUMENT_RENDERS ?? "default";
  const app = await startApp(PORT, {
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: "8",
    NEXTAUTH_SECRET: "document-load-secret-0123456789",
    DOCUMENT_WAIT_SECONDS: "300",
  });
  try {
    const officer = await signIn(app.base, "donvi", DEMO_PASSWORD);
    const board = await Promise.all(Array.from({ length: PDF_CLIENTS }, () => signIn(app.base, "bantdkt", DEMO_PASSWORD)));
    for (let i = 0; i < 3; i++) await Promise.all([getPage(app.base, "/", officer), getPage(app.base, PDF, board[0])]);
    const alone = await loop(SECONDS / 2, () => getPage(app.base, "/", officer));
    let stop = false;
    let pdfs = 0;
    const downloads = board.map(async (cookie) => {
      while (!stop) if ((await getPage(app.base, PDF, cookie)).ok) pdfs += 1;
    });
    const crowded = await loop(SECONDS, () => getPage(app.base, "/", officer));
    stop = true;
    await Promise.all(downloads);
    console.log(
      `DOCUMENT_RENDERS=${renders}: page alone p50 ${alone.p50} ms, p95 ${alone.p95} ms; ` +
        `with ${PDF_CLIENTS} PDF clients p50 ${crowded.p50} ms, p95 ${crowded.p95} ms, max ${crowded.max} ms (${crowded.errors} errors); ` +
        `${(pdfs / SECONDS).toFixed(1)} PDFs/s`,
    );
  } finally {
    await app.stop();
  }
}
await database.stop();
