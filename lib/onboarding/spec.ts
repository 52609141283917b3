// The one shape of an Excel onboarding kind (units, blocs, accounts, a year's members): its
// columns, its example row, what it loads, how it checks rows and how it writes them. The
// framework (read.ts, workbook.ts, service.ts, stream.ts) does the rest the same way for all four.
import type { z } from "zod";
import type { AppSession } from "@/lib/auth/session-types";
import type { Db, Tx } from "@/lib/db";
import type { ExcelCell } from "@/lib/xlsx/cells";
import { fieldErrorsOf } from "@/lib/actions/zod-errors";

export const ONBOARDING_KINDS = ["units", "blocs", "accounts", "members"] as const;
export type OnboardingKind = (typeof ONBOARDING_KINDS)[number];

export type Column = {
  /** The header as written and matched on upload (case and diacritics as typed do not matter). */
  header: string;
  width: number;
  /** A drop-down of these values in the template. */
  choices?: readonly string[];
  /** Kept as text by Excel: codes, phone numbers and dates lose nothing ("08", "0912…", "05/01/2026"). */
  text?: boolean;
};

export type Columns<F extends string> = Record<F, Column>;

/** A data row as read; `row` is the Excel row number named in errors. */
export type SheetRecord<F extends string> = { row: number; cells: Record<F, ExcelCell> };

/**
 * A problem, worded in the browser from a message key: onboarding.problems.*, or a domain's own
 * validation/errors key (those subtrees reach every page). Row 0 is the file as a whole.
 */
export type Issue = { row: number; column: string | null; key: string; params?: Record<string, string | number> };

export type RowStatus = "new" | "changed" | "unchanged";
/** One row of the preview: `changed` holds the headers of the columns that differ from the stored data. */
export type PlannedRow = { row: number; label: string; status: RowStatus; changed: string[] };

/** A checker's verdict when every row is good: the preview's rows, what goes away, and the writer's own work list. */
export type Checked<W> = { rows: PlannedRow[]; removed: string[]; warnings: Issue[]; work: W };

export type Report<F extends string> = (row: number, field: F | null, key: string, params?: Record<string, string | number>) => void;

export type Progress = (done: number, total: number) => Promise<void>;

export type OnboardingSpec<F extends string, S, W> = {
  kind: OnboardingKind;
  /** The worksheet's name and the downloads' file names (without extension). */
  sheetName: string;
  fileName: string;
  columns: Columns<F>;
  /** Row 2 of every template and export; skipped on upload while left exactly as written. */
  example: Record<F, string>;
  /** The guide sheet's lines after the common ones. */
  guide: readonly string[];
  /** The audit entry's action (entity.verb; never a message namespace). */
  auditAction: string;
  allowed: (session: AppSession) => boolean;
  /** What rows are checked against: read again inside the transaction on apply. */
  load: (client: Db | Tx, session: AppSession) => Promise<S>;
  /** Checks rows one at a time (so progress can be reported), then gives the verdict; `report` collects problems. */
  checker: (state: S, session: AppSession, report: Report<F>) => { row: (r: SheetRecord<F>) => void; finish: () => Checked<W> };
  /** Writes the work in bulk inside the caller's transaction; returns what the audit entry keeps to reconstruct the change. */
  apply: (tx: Tx, work: W, session: AppSession, progress: Progress) => Promise<Record<string, unknown>>;
  /** The stored data as rows of the template: uploading them back changes nothing. */
  exportRows: (state: S, session: AppSession) => Record<F, string>[];
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry of specs of different row, state and work types
export type AnySpec = OnboardingSpec<string, any, any>;

/**
 * A domain schema's refusal of one row, each field's first problem reported at its column
 * (`fieldOf` maps schema paths to columns). A rule's own key ("users.validation.…") is kept as is.
 */
export function reportZod<F extends string>(error: z.ZodError, row: number, fieldOf: Record<string, F>, report: Report<F>) {
  const generic = fieldErrorsOf(error);
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    if (seen.has(path)) continue;
    seen.add(path);
    const own = issue.code === "custom" && /^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message);
    const problem = own ? { key: issue.message, params: undefined } : generic[path];
    report(row, fieldOf[path.split(".")[0]] ?? null, problem.key, problem.params);
  }
}

/** The columns that differ between the stored values and the file's. */
export function changedFields<F extends string>(columns: Columns<F>, before: Partial<Record<F, unknown>>, after: Partial<Record<F, unknown>>): string[] {
  return (Object.keys(columns) as F[]).filter((f) => f in after && !same(before[f], after[f])).map((f) => columns[f].header);
}

function same(a: unknown, b: unknown) {
  if (a instanceof Date || b instanceof Date) return (a as Date | null)?.getTime?.() === (b as Date | null)?.getTime?.();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return (a ?? null) === (b ?? null);
}
