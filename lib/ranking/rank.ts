// The ranking of a bloc year: totals first, then the published tie-break rules in order,
// then a ballot. Pure, so the table the leader reviews, the one signed off and the one the
// awards are proposed from are computed the same way. Every comparison of points is done
// in integer hundredths (see lib/criteria/points.ts) so float drift never flips a rank.
import { toHundredths } from "@/lib/criteria/points";
import { compareVi } from "@/lib/format/vi";
import type { BallotResult, RankCandidate, RankedRow, Ranking, Separation, TieBreakRule } from "@/lib/ranking/types";

/**
 * What one step made of one unit: `key` orders (higher is better), `shown` is what a separation
 * reports. A step is a rule, or for the ballot rule one ballot (a runoff is a step of its own).
 */
type Applied = { step: string; rule: TieBreakRule; key: number; shown: number | string };
/** `applied` lists, in order, the steps applied to a tie group holding this unit. */
type Unit = { c: RankCandidate; total: number; applied: Applied[] };

// Rounded rather than refused: a total summed in floats somewhere (0.1 + 0.2) still ranks level
// with the exact one (0.3). Only a value that is no number at all cannot be ranked.
function hundredths(points: number): number {
  if (!Number.isFinite(points)) throw new Error(`rankCandidates: ${points} is not a number of points`);
  return toHundredths(points) ?? Math.round(points * 100);
}

function ruleValue(rule: TieBreakRule, c: RankCandidate, ballot: BallotResult | undefined): Pick<Applied, "key" | "shown"> {
  switch (rule.kind) {
    case "groupScore": {
      const points = c.byGroup.find((g) => g.groupCode === rule.groupCode)?.total ?? 0;
      return { key: hundredths(points), shown: points };
    }
    case "fewerDeduction":
      return { key: -hundredths(c.totals.deduction), shown: c.totals.deduction };
    case "moreBonus":
      return { key: hundredths(c.totals.bonus), shown: c.totals.bonus };
    case "earlierSubmission":
      // Not submitted counts as the latest possible submission.
      return c.submittedAt ? { key: -c.submittedAt.getTime(), shown: c.submittedAt.toISOString() } : { key: -Infinity, shown: "" };
    case "ballot": {
      const votes = ballot?.votes[c.unitId] ?? 0;
      return { key: votes, shown: votes };
    }
  }
}

const names = (b: BallotResult, group: readonly Unit[]) => group.every((u) => Object.hasOwn(b.votes, u.c.unitId));

/** Best first, split into runs of equal key (the sort is stable, so equal units keep their order). */
function splitBy(units: readonly Unit[], key: (u: Unit) => number): Unit[][] {
  // Compared, not subtracted: −Infinity − −Infinity is NaN.
  const sorted = [...units].sort((a, b) => (key(a) === key(b) ? 0 : key(a) > key(b) ? -1 : 1));
  const runs: Unit[][] = [];
  for (const u of sorted) {
    const run = runs.at(-1);
    if (run && key(run[0]) === key(u)) run.push(u);
    else runs.push([u]);
  }
  return runs;
}

/** Records one step's values on the group's units and splits the group by them. */
function applyStep(group: Unit[], step: string, rule: TieBreakRule, ballot?: BallotResult): Unit[][] {
  for (const u of group) u.applied.push({ step, rule, ...ruleValue(rule, u.c, ballot) });
  return splitBy(group, (u) => u.applied.at(-1)!.key);
}

/**
 * A tie group split by rule `from` into sub-groups; those still tied go on to the next rule.
 * The ballot rule uses the latest ballot (from index `after` on) that names every unit of the
 * group, since a ballot on fewer units cannot separate them all; sub-groups that ballot leaves
 * tied may then be settled by a later ballot among just them (a runoff) before moving on.
 */
function resolve(group: Unit[], rules: readonly TieBreakRule[], ballots: readonly BallotResult[], from: number, after = 0): Unit[][] {
  if (group.length < 2 || from >= rules.length) return [group];
  const rule = rules[from];
  if (rule.kind !== "ballot") {
    return applyStep(group, String(from), rule).flatMap((sub) => resolve(sub, rules, ballots, from + 1));
  }
  const at = ballots.findLastIndex((b, i) => i >= after && names(b, group));
  if (at < 0) return resolve(group, rules, ballots, from + 1);
  const subs = applyStep(group, `${from}:${at}`, rule, ballots[at]);
  return subs.flatMap((sub) => resolve(sub, rules, ballots, from, at + 1));
}

// Neighbours that share a total also shared every tie group up to the rule that split them,
// so the first step both went through and on which they differ is the one that split them.
function separation(mine: Unit, theirs: Unit): Separation {
  if (mine.total !== theirs.total) return { by: "total", mine: mine.c.totals.total, theirs: theirs.c.totals.total };
  for (const a of mine.applied) {
    const b = theirs.applied.find((x) => x.step === a.step);
    if (b && a.key !== b.key) return { by: "rule", rule: { ...a.rule }, mine: a.shown, theirs: b.shown };
  }
  return { by: "none" };
}

/** Units still tied after everything are listed by name (then id) so the table is the same on every run. */
function byName(a: Unit, b: Unit): number {
  const byId = a.c.unitId < b.c.unitId ? -1 : a.c.unitId > b.c.unitId ? 1 : 0;
  return compareVi(a.c.unitName, b.c.unitName) || byId;
}

/**
 * Ranks the units: total descending, ties split by `rules` in order, then by the latest ballot
 * that names every unit still tied (and runoffs, see resolve). The ballot is always the last
 * resort: when `rules` has no ballot rule one is applied after the listed rules anyway (a bloc
 * cannot leave a tie unbroken by forgetting to list it). Units tied after all that share the rank (1, 2, 2, 4) and are
 * listed in `unresolvedTies`. `Ranking.rules` is a copy of `rules` as given.
 */
export function rankCandidates(candidates: readonly RankCandidate[], rules: readonly TieBreakRule[], ballots: readonly BallotResult[] = []): Ranking {
  const order: TieBreakRule[] = rules.some((r) => r.kind === "ballot") ? [...rules] : [...rules, { kind: "ballot" }];
  const units: Unit[] = candidates.map((c) => ({ c, total: hundredths(c.totals.total), applied: [] }));
  const groups = splitBy(units, (u) => u.total).flatMap((g) => resolve(g, order, ballots, 0));

  const table: { unit: Unit; rank: number; shared: boolean }[] = [];
  const unresolvedTies: string[][] = [];
  for (const group of groups) {
    const rank = table.length + 1;
    const shared = group.length > 1;
    const ordered = shared ? [...group].sort(byName) : group;
    if (shared) unresolvedTies.push(ordered.map((u) => u.c.unitId));
    for (const unit of ordered) table.push({ unit, rank, shared });
  }

  // The candidate's fields are written out, not spread: V8 copies a spread object property by
  // property, and the national ranking builds ten thousand rows.
  const rows: RankedRow[] = table.map(({ unit, rank, shared }, i) => {
    const c = unit.c;
    return {
      unitId: c.unitId,
      unitName: c.unitName,
      totals: c.totals,
      byGroup: c.byGroup,
      gates: c.gates,
      allGatesPassed: c.allGatesPassed,
      submittedAt: c.submittedAt,
      rank,
      shared,
      aboveSeparation: i > 0 ? separation(unit, table[i - 1].unit) : null,
      belowSeparation: i < table.length - 1 ? separation(unit, table[i + 1].unit) : null,
    };
  });
  return { rows, rules: rules.map((r) => ({ ...r })), unresolvedTies };
}
