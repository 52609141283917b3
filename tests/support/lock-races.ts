// Races of a write against the operation that locks what it writes (docs/SECURITY.md, "Writes
// against a lock"). Each pair is started in the same tick; on PostgreSQL the pairs really run side
// by side on the pool (DATABASE_POOL_MAX), on PGlite they queue on its one session, so there the
// test only shows that the serial orders are right.
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { usePostgres } from "./test-db";

// PGlite runs them one after another, so a few rounds show the serial orders; the races need PostgreSQL.
export const ROUNDS = usePostgres ? 10 : 3;
/** Pairs started together in a round, each with its own head start. */
export const PAIRS = 3;
export const RACE_TIMEOUT = 180_000;
export const engine = usePostgres ? `PostgreSQL, pool of ${process.env.DATABASE_POOL_MAX}` : "PGlite (one session: queued, not parallel)";

/** What one side of a race came to: its result, or the message key it was refused with. */
export type Outcome = { ok: true; value: unknown } | { ok: false; key: string };

/**
 * A refusal becomes its key. A deadlock or write conflict (Prisma's P2034) becomes the key "P2034",
 * which no test expects, so it is counted and named among the problems; anything else fails the test.
 */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, key: error.key };
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") return { ok: false, key: "P2034" };
    throw error;
  }
}

/** `n` trivial round trips: a head start counted in queries rather than in time. */
async function roundTrips(n: number) {
  for (let i = 0; i < n; i++) await db.$queryRaw`SELECT 1`;
}

/**
 * Both sides started together; the side named by the offset's sign waits |offset| round trips
 * first (negative: the write waits), so that across a test the lock's reads and writes fall before,
 * between and after the write's.
 */
export async function race(write: () => Promise<unknown>, lock: () => Promise<unknown>, offset = 0) {
  const [w, l] = await Promise.all([outcomeOf(async () => (await roundTrips(-offset), write())), outcomeOf(async () => (await roundTrips(offset), lock()))]);
  return { write: w, lock: l };
}

export type RaceOutcome = Awaited<ReturnType<typeof race>>;

/**
 * ROUNDS rounds of PAIRS races on fresh data, the pairs of a round all at once, offsets from
 * -span to span in turn (a write with more work ahead of its check needs a wider span for the lock
 * to come first sometimes); `judge` checks each pair once its round is over.
 */
export async function raceRounds<Y>(
  make: (round: number) => Promise<Y>,
  write: (y: Y) => Promise<unknown>,
  lock: (y: Y) => Promise<unknown>,
  judge: (y: Y, outcome: RaceOutcome) => Promise<void>,
  span = 4,
) {
  for (let round = 0; round < ROUNDS; round++) {
    const data: Y[] = [];
    for (let j = 0; j < PAIRS; j++) data.push(await make(round));
    const outcomes = await Promise.all(
      data.map((y, j) =>
        race(
          () => write(y),
          () => lock(y),
          ((round * PAIRS + j) % (2 * span + 1)) - span,
        ),
      ),
    );
    for (const [j, y] of data.entries()) await judge(y, outcomes[j]);
  }
}

/** The id of the one audit entry matching `where` (a success's entry), or null when there is none. */
export async function auditIdOf(where: Prisma.AuditLogWhereInput): Promise<bigint | null> {
  const rows = await db.auditLog.findMany({ where, select: { id: true } });
  if (rows.length > 1) throw new Error(`expected one audit entry, found ${rows.length}: ${JSON.stringify(where)}`);
  return rows[0]?.id ?? null;
}

/**
 * How the pairs of one kind of write ended. "after" is the failure this guards against: the
 * write succeeded and its audit entry came after the lock's (entries are numbered as they are
 * written, and a write that holds the lock's row writes its entry before the lock can take it).
 */
export type Tally = { first: number; refused: number; lockRefused: number; after: number; problems: string[] };

export const emptyTally = (): Tally => ({ first: 0, refused: 0, lockRefused: 0, after: 0, problems: [] });

export function report(area: string, name: string, lockName: string, t: Tally) {
  console.info(
    `[lock-races] ${area}: ${name} vs ${lockName} on ${engine}: ${ROUNDS * PAIRS} races, ${t.first} writes first, ${t.refused} refused, ` +
      `${t.lockRefused} ${lockName} refused, ${t.after} writes after the lock, ${t.problems.length} other problems`,
  );
}

type AuditWhere = Parameters<typeof auditIdOf>[0];

export type RaceJudgement = { lockKey: string; lockRefusals?: string[]; applied: () => Promise<boolean>; writeAudit: AuditWhere; lockAudit: AuditWhere };

/**
 * The checks of one race against a lock: the lock went through (or was refused for one of
 * `lockRefusals`, the write having changed what it needs); the write was refused with `lockKey`
 * and changed nothing, or went through, shows in what the lock froze (`applied`) and wrote its
 * audit entry before the lock's.
 */
export async function judgeRace(t: Tally, { write, lock }: RaceOutcome, p: RaceJudgement) {
  if (!lock.ok) {
    t.lockRefused++;
    if (!(p.lockRefusals ?? []).includes(lock.key)) t.problems.push(`lock refused with ${lock.key}`);
  }
  const applied = await p.applied();
  if (!write.ok) {
    t.refused++;
    if (write.key !== p.lockKey) t.problems.push(`write refused with ${write.key}`);
    if (applied) t.problems.push("a refused write shows");
    return;
  }
  t.first++;
  if (!applied) t.problems.push("a write that went through does not show");
  if (!lock.ok) return;
  const writeId = await auditIdOf(p.writeAudit);
  const lockId = await auditIdOf(p.lockAudit);
  if (writeId === null || lockId === null) t.problems.push("a success without its audit entry");
  else if (writeId > lockId) t.after++;
}
