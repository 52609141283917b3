// What units and blocs share: each row is keyed by a unique code; a code twice in the file is an
// error at its second row, a name another record has is only a warning (as in the forms), and the
// row is new, changed (with its columns) or unchanged against what is stored.
import { foldName } from "@/lib/format/name-key";
import { changedFields, type Columns, type Issue, type PlannedRow, type Report } from "@/lib/onboarding/spec";

type Coded = { code: string; name: string };
type Stored = { id: string; code: string | null; name: string | null };

export type CodedWork<I, S> = { create: I[]; update: (I & { id: string; before: S })[] };

export function codedRows<F extends string, I extends Coded, S extends Stored>(
  columns: Columns<F>,
  state: { byCode: Map<string, S>; byName: Map<string, S> },
  report: Report<F | "code">,
) {
  const firstRow = new Map<string, number>();
  const rows: PlannedRow[] = [];
  const warnings: Issue[] = [];
  const work: CodedWork<I, S> = { create: [], update: [] };
  return {
    add(row: number, input: I) {
      const first = firstRow.get(input.code);
      if (first !== undefined) return report(row, "code", "onboarding.problems.duplicate", { value: input.code, first });
      firstRow.set(input.code, row);
      const same = state.byName.get(foldName(input.name));
      if (same && same.code !== input.code)
        warnings.push({
          row,
          column: columns["name" as F].header,
          key: "onboarding.warnings.sameName",
          params: { name: same.name ?? "", code: same.code ?? "" },
        });
      const existing = state.byCode.get(input.code);
      const label = `${input.code} — ${input.name}`;
      if (!existing) {
        work.create.push(input);
        return void rows.push({ row, label, status: "new", changed: [] });
      }
      const changed = changedFields(columns, existing as Partial<Record<F, unknown>>, input as Partial<Record<F, unknown>>);
      if (changed.length > 0) work.update.push({ ...input, id: existing.id, before: existing });
      rows.push({ row, label, status: changed.length > 0 ? "changed" : "unchanged", changed });
    },
    finish: () => ({ rows, removed: [], warnings, work }),
  };
}
