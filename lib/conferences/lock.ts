// A closed year's conferences are locked: closing the year issues their minutes
// (lib/documents/definitions/minutes.ts), so nothing they record may change after it. Every
// conference write holds the year's row FOR SHARE from before it reads the year's status until it
// commits (closing is an UPDATE of that row, so it waits for the write, and the write for it), then
// the conference's row FOR UPDATE, so that writes to one conference take turns: a vote counts the
// attendance as it stands (docs/SECURITY.md, "Writes against a lock"). The year first, as every
// holder of lib/blocs/year-lock.ts takes it. Prisma's query API takes no row locks, hence SQL.
import type { Tx } from "@/lib/db";
import { holdYear } from "@/lib/blocs/year-lock";
import { DomainError, NotFoundError } from "@/lib/errors";

/** Holds the year for a conference write; refused once the year is closed. */
export async function holdConferenceYear(tx: Tx, blocYearId: string) {
  await holdYear(tx, blocYearId, "status");
  const year = await tx.blocYear.findUnique({ where: { id: blocYearId }, select: { status: true } });
  if (year?.status === "CLOSED") throw new DomainError("conferences.errors.yearClosed");
}

/** Holds the conference's year, then the conference's row; the conference as it stands. */
export async function holdConference(tx: Tx, conferenceId: string) {
  const found = await tx.conference.findUnique({ where: { id: conferenceId }, select: { blocYearId: true } });
  if (!found) throw new NotFoundError();
  await holdConferenceYear(tx, found.blocYearId);
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conference" WHERE id = ${conferenceId} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError();
  return tx.conference.findUniqueOrThrow({ where: { id: conferenceId } });
}
