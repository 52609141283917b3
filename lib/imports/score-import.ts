// Loading units' self-scores for one year from a workbook (board staff): every row is checked
// against the bloc years the caller manages, then everything is written in one transaction with
// bulk statements (10 000 rows must save in well under a second) and one audit entry, or nothing.
import { db, type Db, type Tx } from "@/lib/db";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { DomainError } from "@/lib/errors";
import { codeKey } from "@/lib/criteria/tree";
import { compareVi } from "@/lib/format/vi";
import { holdYearsOf, locksYear, rankingStatuses } from "@/lib/blocs/year-lock";
import { writeEntriesSql } from "@/lib/scoring/entry-sql";
import { canImportScores } from "@/lib/scoring/policy";
import { treeOfRows } from "@/lib/scoring/sheet-data";
import {
  ERRORS_SHOWN,
  scoreRowChecker,
  type ImportBlocYear,
  type ImportLeaf,
  type ScoreImportEntry,
  type ScoreImportError,
  type ScoreRow,
} from "@/lib/imports/score-import-rows";
import type { ScoreSheetRow } from "@/lib/imports/score-import-workbook";

export type ImportProgress = { stage: "checking" | "saving"; done: number; total: number };
export type BlocCount = { blocId: string; code: string; name: string; units: number; entries: number };
export type ScoreImportResult =
  { ok: true; entries: number; sheets: number; createdSheets: number; blocs: BlocCount[] } | { ok: false; errors: ScoreImportError[]; errorCount: number };

const CHECK_BATCH = 1000;
const SAVE_BATCH = 2500;

type LoadedBlocYear = ImportBlocYear & {
  blocId: string;
  leafList: (ImportLeaf & { title: string })[];
  memberList: { unitId: string; code: string; name: string }[];
};

const nodeSelect = {
  id: true,
  setId: true,
  parentId: true,
  position: true,
  code: true,
  title: true,
  guidance: true,
  kind: true,
  maxHundredths: true,
  evidenceRequired: true,
} as const;

/**
 * The year's bloc years that the caller may import into, with their leaves, members, sheets and
 * lock, in bloc code order. The members come first so that the policy picks the years before
 * their criteria, sheets and rankings are read.
 */
export async function loadImportTargets(client: Db | Tx, session: AppSession, year: number): Promise<Map<string, LoadedBlocYear>> {
  const all = await client.blocYear.findMany({ where: { year }, select: { id: true, blocId: true, leaderUnitId: true, deputyUnitId: true } });
  const members = await client.blocMember.findMany({ where: { year }, select: { blocYearId: true, unitId: true } });
  const membersOf = groupBy(members, (m) => m.blocYearId);
  const years = all.filter((by) => canImportScores(session, { ...by, memberUnitIds: (membersOf.get(by.id) ?? []).map((m) => m.unitId) }));
  const ids = years.map((by) => by.id);
  const blocs = new Map(
    (await client.bloc.findMany({ where: { id: { in: years.map((by) => by.blocId) } }, select: { id: true, code: true, name: true } })).map((b) => [b.id, b]),
  );
  const units = new Map(
    (await client.unit.findMany({ where: { memberships: { some: { blocYearId: { in: ids } } } }, select: { id: true, code: true, name: true } })).map((u) => [
      u.id,
      u,
    ]),
  );
  const sets = await client.criteriaSet.findMany({ where: { blocYearId: { in: ids } }, select: { id: true, blocYearId: true, status: true } });
  const nodesOf = groupBy(await client.criterionNode.findMany({ where: { setId: { in: sets.map((s) => s.id) } }, select: nodeSelect }), (n) => n.setId);
  const sheetsOf = groupBy(
    await client.scoreSheet.findMany({
      where: { blocYearId: { in: ids } },
      select: { id: true, blocYearId: true, unitId: true, status: true, lockedAt: true },
    }),
    (s) => s.blocYearId,
  );
  const rankingOf = await rankingStatuses(client, ids);

  const targets = new Map<string, LoadedBlocYear>();
  for (const by of years.map((y) => ({ ...y, bloc: blocs.get(y.blocId)! })).sort((a, b) => a.bloc.code.localeCompare(b.bloc.code))) {
    const set = sets.find((s) => s.blocYearId === by.id);
    const tree = treeOfRows(set ? (nodesOf.get(set.id) ?? []) : []);
    const leafList = tree.leaves.map((l) => ({ nodeId: tree.nodeIdByCode.get(l.code)!, code: l.code, kind: l.kind, maxPoints: l.maxPoints, title: l.title }));
    const memberList = (membersOf.get(by.id) ?? [])
      .map((m) => ({ unitId: m.unitId, code: units.get(m.unitId)!.code, name: units.get(m.unitId)!.name }))
      .sort((a, b) => compareVi(a.name, b.name));
    targets.set(codeKey(by.bloc.code), {
      blocYearId: by.id,
      blocId: by.blocId,
      blocCode: by.bloc.code,
      blocName: by.bloc.name,
      setPublished: set?.status === "PUBLISHED",
      locked: locksYear(rankingOf.get(by.id)),
      leaves: new Map(leafList.map((l) => [codeKey(l.code), l])),
      members: new Map(memberList.map((m) => [codeKey(m.code), m.unitId])),
      sheets: new Map((sheetsOf.get(by.id) ?? []).map((s) => [s.unitId, { id: s.id, status: s.status, locked: s.lockedAt !== null }])),
      leafList,
      memberList,
    });
  }
  return targets;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const group = out.get(key(item));
    if (group) group.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** The template's rows: every leaf of every member whose sheet takes an import now (published set, year not locked, sheet absent or a draft). */
export async function templateRows(session: AppSession, year: number): Promise<ScoreSheetRow[]> {
  const rows: ScoreSheetRow[] = [];
  for (const by of (await loadImportTargets(db, session, year)).values()) {
    if (!by.setPublished || by.locked) continue;
    for (const m of by.memberList) {
      const sheet = by.sheets.get(m.unitId);
      if (sheet && (sheet.locked || sheet.status !== "DRAFT")) continue;
      for (const l of by.leafList)
        rows.push({ bloc: by.blocCode, unit: m.code, leaf: l.code, unitName: m.name, leafTitle: l.title, kind: l.kind, maxPoints: l.maxPoints });
    }
  }
  return rows;
}

/**
 * The sheet of every unit with entries: existing drafts are claimed (their version bumped, so a
 * unit's open page refuses a stale save), missing ones created as a unit's first save does.
 * Anything that stopped being a draft since the check refuses the whole import.
 */
async function claimSheets(tx: Tx, entries: readonly ScoreImportEntry[]) {
  const existing = new Set<string>();
  const missing = new Map<string, { blocYearId: string; unitId: string }>();
  for (const e of entries) {
    if (e.sheetId) existing.add(e.sheetId);
    else missing.set(`${e.blocYearId}|${e.unitId}`, { blocYearId: e.blocYearId, unitId: e.unitId });
  }
  const { count } = await tx.scoreSheet.updateMany({
    where: { id: { in: [...existing] }, status: "DRAFT", lockedAt: null },
    data: { version: { increment: 1 } },
  });
  const created = await tx.scoreSheet.createManyAndReturn({
    data: [...missing.values()],
    skipDuplicates: true,
    select: { id: true, blocYearId: true, unitId: true },
  });
  if (count !== existing.size || created.length !== missing.size) throw new DomainError("imports.failed.changed");
  return { existing: existing.size, created: new Map(created.map((s) => [`${s.blocYearId}|${s.unitId}`, s.id])) };
}

/**
 * Checks `rows` against the bloc years of `year` the caller manages and, when every row is
 * good, writes them as the units' self-scores. `onProgress` is awaited between batches so a
 * streamed answer can flush. Errors come back capped at ERRORS_SHOWN, with their full count.
 */
export async function importScores(
  actor: AppSession,
  year: number,
  rows: readonly ScoreRow[],
  fileName: string,
  onProgress: (p: ImportProgress) => Promise<void> = async () => {},
): Promise<ScoreImportResult> {
  await onProgress({ stage: "checking", done: 0, total: rows.length });
  return db.$transaction(
    async (tx) => {
      // Holding the year's bloc years (lib/blocs/year-lock.ts) keeps a ranking from being signed
      // off halfway through an import, and a second import out; units' own saves go on.
      await holdYearsOf(tx, year, "bulk");
      const targets = await loadImportTargets(tx, actor, year);
      const checker = scoreRowChecker(targets);
      for (const [i, row] of rows.entries()) {
        checker.check(row);
        if ((i + 1) % CHECK_BATCH === 0 || i + 1 === rows.length) await onProgress({ stage: "checking", done: i + 1, total: rows.length });
      }
      const checked = checker.result();
      if (!checked.ok) return { ok: false as const, errors: checked.errors.slice(0, ERRORS_SHOWN), errorCount: checked.errors.length };

      const entries = checked.entries;
      const sheets = await claimSheets(tx, entries);
      const sheetIdOf = (e: ScoreImportEntry) => e.sheetId ?? sheets.created.get(`${e.blocYearId}|${e.unitId}`)!;
      const at = new Date();
      // One statement per batch (lib/scoring/entry-sql.ts): the rows travel as arrays.
      for (let i = 0; i < entries.length; i += SAVE_BATCH) {
        const batch = entries.slice(i, i + SAVE_BATCH).map((e) => ({ ...e, sheetId: sheetIdOf(e) }));
        await tx.$executeRaw(writeEntriesSql("SELF", batch, actor, at));
        await onProgress({ stage: "saving", done: Math.min(i + SAVE_BATCH, entries.length), total: entries.length });
      }

      const blocs = countsPerBloc(targets, entries);
      const result = { entries: entries.length, sheets: sheets.existing + sheets.created.size, createdSheets: sheets.created.size, blocs };
      await writeAudit(tx, actor, { action: "score.import", entityType: "ScoreImport", entityId: String(year), after: { year, fileName, ...result } });
      return { ok: true as const, ...result };
    },
    // The default 5 s would cut off a large file on a slow disk; the year's rows stay held meanwhile.
    { timeout: 60_000 },
  );
}

function countsPerBloc(targets: Map<string, LoadedBlocYear>, entries: readonly ScoreImportEntry[]): BlocCount[] {
  const per = new Map<string, { units: Set<string>; entries: number }>();
  for (const e of entries) {
    const c = per.get(e.blocYearId) ?? { units: new Set<string>(), entries: 0 };
    c.units.add(e.unitId);
    c.entries++;
    per.set(e.blocYearId, c);
  }
  return [...targets.values()].flatMap((by) => {
    const c = per.get(by.blocYearId);
    return c ? [{ blocId: by.blocId, code: by.blocCode, name: by.blocName, units: c.units.size, entries: c.entries }] : [];
  });
}
