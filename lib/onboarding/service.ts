// Runs one onboarding kind on an uploaded file: read, check every row against the stored data,
// then either answer a preview (and a token naming exactly that file and that plan) or, given the
// preview's token, check again inside one transaction and write in bulk with one audit entry.
// The file travels again on apply rather than being kept on the server: if the file or the
// stored data changed since the preview, the token differs and nothing is written.
import { createHash } from "node:crypto";
import type { AppSession } from "@/lib/auth/session-types";
import { writeAudit } from "@/lib/audit/write";
import { db, type Db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { readRecords } from "@/lib/onboarding/read";
import type { AnySpec, Checked, Issue, PlannedRow, Progress, RowStatus, SheetRecord } from "@/lib/onboarding/spec";

/** Errors, preview rows and removals sent to the page; their full counts go beside. */
export const SHOWN = 200;
const CHECK_BATCH = 500;

export type Counts = Record<RowStatus, number> & { removed: number };
export type Preview = { token: string; counts: Counts; rows: PlannedRow[]; removed: string[]; warnings: Issue[] };
export type Outcome = { type: "preview"; preview: Preview } | { type: "done"; counts: Counts } | { type: "errors"; errors: Issue[]; count: number };
export type Stage = { stage: "checking" | "saving"; done: number; total: number };
type OnStage = (p: Stage) => Promise<void>;

function countsOf(checked: Checked<unknown>): Counts {
  const counts: Counts = { new: 0, changed: 0, unchanged: 0, removed: checked.removed.length };
  for (const r of checked.rows) counts[r.status]++;
  return counts;
}

const fileHash = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const tokenOf = (hash: string, checked: Checked<unknown>) =>
  createHash("sha256")
    .update(hash)
    .update(JSON.stringify([checked.rows, checked.removed]))
    .digest("hex");

const sortIssues = (issues: Issue[]) => issues.sort((a, b) => a.row - b.row);

async function check(client: Db | Tx, spec: AnySpec, session: AppSession, records: SheetRecord<string>[], onStage: OnStage) {
  const state = await spec.load(client, session);
  const issues: Issue[] = [];
  const checker = spec.checker(state, session, (row, field, key, params) =>
    issues.push({ row, column: field === null ? null : spec.columns[field].header, key, ...(params && { params }) }),
  );
  for (const [i, record] of records.entries()) {
    checker.row(record);
    if ((i + 1) % CHECK_BATCH === 0 || i + 1 === records.length) await onStage({ stage: "checking", done: i + 1, total: records.length });
  }
  const checked = checker.finish();
  return issues.length > 0 ? ({ ok: false, issues: sortIssues(issues) } as const) : ({ ok: true, checked } as const);
}

function recordsOrErrors(spec: AnySpec, bytes: Buffer) {
  const read = readRecords(bytes, spec.columns, spec.example);
  return read.ok ? { records: read.records, errors: null } : { records: [], errors: read.errors };
}

const errorsOutcome = (issues: Issue[]): Outcome => ({ type: "errors", errors: issues.slice(0, SHOWN), count: issues.length });

/** What the file would change, without writing anything. */
export async function previewOnboarding(session: AppSession, spec: AnySpec, bytes: Buffer, onStage: OnStage = async () => {}): Promise<Outcome> {
  const { records, errors } = recordsOrErrors(spec, bytes);
  if (errors) return errorsOutcome(errors);
  await onStage({ stage: "checking", done: 0, total: records.length });
  const result = await check(db, spec, session, records, onStage);
  if (!result.ok) return errorsOutcome(result.issues);
  const { checked } = result;
  return {
    type: "preview",
    preview: {
      token: tokenOf(fileHash(bytes), checked),
      counts: countsOf(checked),
      rows: checked.rows.filter((r) => r.status !== "unchanged").slice(0, SHOWN),
      removed: checked.removed.slice(0, SHOWN),
      warnings: sortIssues(checked.warnings).slice(0, SHOWN),
    },
  };
}

/**
 * Checks the file again inside one transaction and writes it all or nothing. A token other than
 * the preview's (another file, or stored data changed since) refuses with onboarding.failed.changed.
 */
export async function applyOnboarding(
  session: AppSession,
  spec: AnySpec,
  bytes: Buffer,
  fileName: string,
  token: string,
  onStage: OnStage = async () => {},
): Promise<Outcome> {
  const { records, errors } = recordsOrErrors(spec, bytes);
  if (errors) return errorsOutcome(errors);
  await onStage({ stage: "checking", done: 0, total: records.length });
  const hash = fileHash(bytes);
  return db.$transaction(
    async (tx) => {
      const result = await check(tx, spec, session, records, onStage);
      if (!result.ok) return errorsOutcome(result.issues);
      const { checked } = result;
      if (tokenOf(hash, checked) !== token) throw new DomainError("onboarding.failed.changed");
      const counts = countsOf(checked);
      if (counts.new + counts.changed + counts.removed === 0) return { type: "done", counts } as const;
      const progress: Progress = (done, total) => onStage({ stage: "saving", done, total });
      const detail = await spec.apply(tx, checked.work, session, progress);
      await writeAudit(tx, session, {
        action: spec.auditAction,
        entityType: "Import",
        entityId: hash.slice(0, 16),
        after: { fileName, sha256: hash, counts, ...detail },
      });
      return { type: "done", counts } as const;
    },
    // 2 000 accounts or a province's memberships are written in a few statements; a slow disk gets room.
    { timeout: 120_000, maxWait: 10_000 },
  );
}
