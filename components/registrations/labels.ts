import { formatNumber } from "@/lib/format/vi";
import type { registrationProgress } from "@/lib/registrations/queries";

export type ProgressRow = Awaited<ReturnType<typeof registrationProgress>>[number];
export type Target = { content: string; value: number | null; measure: string | null };

/** "Hoàn thành kế hoạch: 99,5 %": a target as the unit's summary and the compiled list show it, with a decimal comma. */
export function targetText(target: Target) {
  const amount = [target.value === null ? null : formatNumber(target.value), target.measure].filter(Boolean).join(" ");
  return amount ? `${target.content}: ${amount}` : target.content;
}
