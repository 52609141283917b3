import { formatNumber } from "@/lib/format/vi";

export type TargetValue = { content: string; value: number | null; measure: string | null };

/** "Hoàn thành kế hoạch: 99,5 %": a target with its number (decimal comma) and unit of measure, as the page and the workbook show it. */
export function targetText(target: TargetValue) {
  const amount = [target.value === null ? null : formatNumber(target.value), target.measure].filter(Boolean).join(" ");
  return amount ? `${target.content}: ${amount}` : target.content;
}
