// Why each unit stands where it does, in one sentence for the exported ranking (rule 3:
// every place traceable): the first thing that separated it from its neighbour.
import { tieBreakText } from "@/lib/documents/content/ranking-table";
import { formatDateTime, formatNumber } from "@/lib/format/vi";
import type { Separation } from "@/lib/ranking/types";

type Groups = { code: string; title: string }[];

const value = (v: number | string) => (typeof v === "number" ? formatNumber(v) : /^\d{4}-\d{2}-\d{2}T/.test(v) ? formatDateTime(v) : v);

function ruleWords(sep: Extract<Separation, { by: "rule" }>, groups: Groups) {
  return `«${tieBreakText(sep.rule, groups)}» (${value(sep.mine)} so với ${value(sep.theirs)})`;
}

/**
 * The sentence for one row: against the unit above it, or for the first row against the one
 * below. `above`/`below` are the neighbours' names in table order.
 */
export function separationText(
  row: { aboveSeparation: Separation | null; belowSeparation: Separation | null },
  above: string | null,
  below: string | null,
  groups: Groups,
  blocKind: "KHOI" | "CUM" = "KHOI",
): string {
  const sep = row.aboveSeparation;
  if (sep && above) {
    if (sep.by === "total") return `Tổng điểm thấp hơn ${above} (${formatNumber(sep.mine)} so với ${formatNumber(sep.theirs)}).`;
    if (sep.by === "rule") return `Bằng tổng điểm với ${above}; xếp sau theo tiêu chí phụ ${ruleWords(sep, groups)}.`;
    return `Đồng hạng với ${above}: bằng tổng điểm và mọi tiêu chí phụ.`;
  }
  const next = row.belowSeparation;
  if (!next || !below) return "Đơn vị duy nhất được xếp hạng.";
  if (next.by === "total")
    return `Tổng điểm cao nhất ${blocKind === "CUM" ? "cụm" : "khối"} (hơn ${below}: ${formatNumber(next.mine)} so với ${formatNumber(next.theirs)}).`;
  if (next.by === "rule") return `Bằng tổng điểm với ${below}; xếp trên theo tiêu chí phụ ${ruleWords(next, groups)}.`;
  return `Đồng hạng với ${below}: bằng tổng điểm và mọi tiêu chí phụ.`;
}
