// Quotas and nominees of an award proposal, as pure functions: no I/O, unit-tested. The draft
// follows the approved ranking (the leading unit for the flag, the next ones for certificates);
// the check runs before every submission (docs/DOMAIN.md, rule 4).
import type { RankedRow } from "@/lib/ranking/types";

/** A bloc year's quota for one award form: a number of units, or a percentage of the members. */
export type QuotaRule = { maxCount: number | null; percent: number | null };

/** One award form of the catalogue with its quota for the year; `limit` is null when the year has no quota for it. */
export type FormQuota = { awardFormId: string; formName: string; limit: number | null };

/** What the proposal needs of a ranked row. */
export type RankedUnit = Pick<RankedRow, "unitId" | "unitName" | "rank" | "allGatesPassed" | "gates">;

export type Nominee = { unitId: string; unitName: string; awardFormId: string };

export type NomineeProblem =
  | { code: "no_quota"; awardFormId: string; form: string }
  | { code: "over_quota"; awardFormId: string; form: string; limit: number; count: number }
  | { code: "not_ranked"; unitId: string; unit: string }
  | { code: "failed_gate"; unitId: string; unit: string; gates: string[] }
  | { code: "duplicate"; unitId: string; unit: string };

/** How many units a quota allows: the count when set, else the percentage of the members rounded down. */
export function quotaLimit(rule: QuotaRule, memberCount: number): number {
  if (rule.maxCount !== null) return rule.maxCount;
  if (rule.percent !== null) return Math.floor((rule.percent * memberCount) / 100);
  return 0;
}

/** Rows that may be proposed, grouped by rank: units that stay tied share one group. */
function eligibleGroups(rows: readonly RankedUnit[]): RankedUnit[][] {
  const groups: RankedUnit[][] = [];
  for (const row of [...rows].filter((r) => r.allGatesPassed).sort((a, b) => a.rank - b.rank)) {
    const last = groups.at(-1);
    if (last && last[0].rank === row.rank) last.push(row);
    else groups.push([row]);
  }
  return groups;
}

/**
 * The proposal's first draft: forms in catalogue order (the flag first), each filled with the
 * best-ranked units not yet proposed, within its limit. Units that failed a gate are skipped.
 * A tie that does not fit in what is left of a limit stops that form: choosing among tied units
 * is the conference's call (a ballot), not the draft's; the tied units move on to the next form.
 */
export function draftNominees(rows: readonly RankedUnit[], quotas: readonly FormQuota[]): Nominee[] {
  const groups = eligibleGroups(rows);
  const nominees: Nominee[] = [];
  let next = 0;
  for (const quota of quotas) {
    let left = quota.limit ?? 0;
    while (next < groups.length && groups[next].length <= left) {
      for (const row of groups[next]) nominees.push({ unitId: row.unitId, unitName: row.unitName, awardFormId: quota.awardFormId });
      left -= groups[next].length;
      next++;
    }
  }
  return nominees;
}

/**
 * Every reason the nominees cannot be submitted, forms first (in catalogue order), then units
 * (in the nominees' order); empty when the proposal may go. A gate not answered counts as failed.
 */
export function checkNominees(nominees: readonly Nominee[], quotas: readonly FormQuota[], rows: readonly RankedUnit[]): NomineeProblem[] {
  const problems: NomineeProblem[] = [];
  const usedForms = new Set(nominees.map((n) => n.awardFormId));
  const known = new Set(quotas.map((q) => q.awardFormId));
  for (const quota of quotas) {
    if (!usedForms.has(quota.awardFormId)) continue;
    const count = nominees.filter((n) => n.awardFormId === quota.awardFormId).length;
    if (quota.limit === null) problems.push({ code: "no_quota", awardFormId: quota.awardFormId, form: quota.formName });
    else if (count > quota.limit) problems.push({ code: "over_quota", awardFormId: quota.awardFormId, form: quota.formName, limit: quota.limit, count });
  }
  for (const formId of usedForms) {
    if (!known.has(formId)) problems.push({ code: "no_quota", awardFormId: formId, form: formId });
  }

  const byUnit = new Map(rows.map((r) => [r.unitId, r]));
  const seen = new Set<string>();
  for (const nominee of nominees) {
    if (seen.has(nominee.unitId)) continue;
    seen.add(nominee.unitId);
    const unit = nominee.unitName;
    const row = byUnit.get(nominee.unitId);
    if (!row) problems.push({ code: "not_ranked", unitId: nominee.unitId, unit });
    else if (!row.allGatesPassed) problems.push({ code: "failed_gate", unitId: nominee.unitId, unit, gates: [...row.gates.failed, ...row.gates.missing] });
    if (nominees.filter((n) => n.unitId === nominee.unitId).length > 1) problems.push({ code: "duplicate", unitId: nominee.unitId, unit });
  }
  return problems;
}

const PROBLEM_KEYS: Record<NomineeProblem["code"], string> = {
  no_quota: "awards.problems.noQuota",
  over_quota: "awards.problems.overQuota",
  not_ranked: "awards.problems.notRanked",
  failed_gate: "awards.problems.failedGate",
  duplicate: "awards.problems.duplicate",
};

/** The message key and parameters a problem is shown with. */
export function problemMessage(p: NomineeProblem): { key: string; params: Record<string, string | number> } {
  switch (p.code) {
    case "no_quota":
      return { key: PROBLEM_KEYS.no_quota, params: { form: p.form } };
    case "over_quota":
      return { key: PROBLEM_KEYS.over_quota, params: { form: p.form, limit: p.limit, count: p.count } };
    case "failed_gate":
      return { key: PROBLEM_KEYS.failed_gate, params: { unit: p.unit, gates: p.gates.join(", ") } };
    default:
      return { key: PROBLEM_KEYS[p.code], params: { unit: p.unit } };
  }
}
