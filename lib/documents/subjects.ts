import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { yearContextOf, yearContextSelect, type BlocYearContext } from "@/lib/blocs/year-context";
import { holdYear } from "@/lib/blocs/year-lock";
import type { IssueState } from "@/lib/documents/act-date";
import type { DocumentKind } from "@/lib/documents/kinds";
import { NotFoundError } from "@/lib/errors";

// The subject a document is generated from, looked up on the server from the id the browser sends:
// its bloc year (for the permission check and the row's scope) and whether it is issued.

const yearSelect = { select: { ...yearContextSelect, status: true } } as const;
type YearRow = { status: string } & Parameters<typeof yearContextOf>[0];

export type DocumentSubject = { year: BlocYearContext; yearClosed: boolean; issue: IssueState };

const subject = (y: YearRow, issue: IssueState): DocumentSubject => ({ year: yearContextOf(y), yearClosed: y.status === "CLOSED", issue });

async function find(kind: DocumentKind, id: string, c: Db | Tx): Promise<DocumentSubject | null> {
  switch (kind) {
    case "pledge": {
      const r = await c.pledge.findUnique({ where: { id }, select: { status: true, blocYear: yearSelect } });
      return r && subject(r.blocYear, { kind, status: r.status });
    }
    case "minutes": {
      const r = await c.conference.findUnique({ where: { id }, select: { blocYear: yearSelect } });
      return r && subject(r.blocYear, { kind });
    }
    case "plan": {
      const r = await c.blocYear.findUnique({ where: { id }, select: { ...yearSelect.select } });
      return r && subject(r, { kind });
    }
    case "review-minutes": {
      const r = await c.rankingSnapshot.findUnique({ where: { id }, select: { status: true, blocYear: yearSelect } });
      return r && subject(r.blocYear, { kind, status: r.status });
    }
    case "award-submission": {
      const r = await c.awardProposal.findUnique({ where: { id }, select: { status: true, blocYear: yearSelect } });
      return r && subject(r.blocYear, { kind, status: r.status });
    }
    case "achievement-report": {
      const r = await c.awardNominee.findUnique({ where: { id }, select: { proposal: { select: { status: true, blocYear: yearSelect } } } });
      return r && subject(r.proposal.blocYear, { kind, status: r.proposal.status });
    }
  }
}

export async function loadDocumentSubject(kind: DocumentKind, id: string, client: Db | Tx = db): Promise<DocumentSubject> {
  const found = await find(kind, id, client);
  if (!found) throw new NotFoundError();
  return found;
}

/**
 * Inside a write of the document's date, before its subject is read for the last time: the year's
 * row (FOR SHARE: closing the year, an UPDATE of that row, waits; so does an approval, which takes
 * it exclusively) and then the row whose status issues the document (a pledge being signed or a
 * proposal being submitted UPDATEs it), so the date lands before the document is issued or sees
 * that it is (docs/security.md, "Writes against a lock"). The year first, as every holder takes it.
 */
export async function holdDocumentSubject(tx: Tx, kind: DocumentKind, id: string) {
  await holdYear(tx, (await loadDocumentSubject(kind, id, tx)).year.id, "status");
  // Prisma's query API has no FOR SHARE, hence SQL.
  if (kind === "pledge") await tx.$queryRaw`SELECT id FROM "Pledge" WHERE id = ${id} FOR SHARE`;
  if (kind === "award-submission") await tx.$queryRaw`SELECT id FROM "AwardProposal" WHERE id = ${id} FOR SHARE`;
  if (kind === "achievement-report") {
    await tx.$queryRaw`SELECT p.id FROM "AwardProposal" p JOIN "AwardNominee" n ON n."proposalId" = p.id WHERE n.id = ${id} FOR SHARE OF p`;
  }
}
