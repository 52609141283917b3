"use client";

import { useTranslations } from "next-intl";
import type { CriteriaLeaf } from "@/lib/criteria/types";
import { parseNumberInput, type NumberRules } from "@/lib/format/number-input";
import type { ScoreValue } from "@/lib/scoring/rules";
import { SCORE_MESSAGES } from "@/lib/validation/number-messages";
import { NumberInput, numberProblem } from "@/components/ui/number-field";

// One leaf's value in the score grid: pass/fail for a gate, points typed as text for the
// others, read by the same parser as the save action (lib/validation/numbers.ts), so what the
// grid accepts is what the server stores.

/** Points as the save action reads them (SCORE_RULES), capped at the leaf's max here, where the max is known. */
export const pointsRules = (leaf: Pick<CriteriaLeaf, "maxPoints">): NumberRules => ({ decimals: 2, min: 0, max: leaf.maxPoints ?? undefined });

/** What the officer typed as a score value: "10,5" → 10.5, "pass" → true; blank → null; anything refused NaN. */
export function parseCell(leaf: CriteriaLeaf, text: string): ScoreValue {
  if (leaf.kind === "gate") return text.trim() === "" ? null : text === "pass";
  const read = parseNumberInput(text, { decimals: 2 });
  return read.ok ? read.value : NaN;
}

/** The refusal of a typed value, naming the criterion; null for a gate or a value the leaf takes. */
export function cellProblem(t: ReturnType<typeof useTranslations>, leaf: CriteriaLeaf, text: string): string | null {
  return leaf.kind === "gate" ? null : numberProblem(t, text, pointsRules(leaf), SCORE_MESSAGES, { leaf: leaf.code });
}

type Props = {
  id: string;
  leaf: CriteriaLeaf;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
  onLeave: () => void;
};

export function ScoreCell({ id, leaf, value, invalid, onChange, onLeave }: Props) {
  const t = useTranslations();
  if (leaf.kind === "gate") {
    return (
      <select id={id} data-grid-value value={value} onChange={(e) => onChange(e.target.value)} className="rounded border border-slate-300 px-1 py-1">
        <option value="">—</option>
        <option value="pass">{t("scoring.gate.pass")}</option>
        <option value="fail">{t("scoring.gate.fail")}</option>
      </select>
    );
  }
  return (
    <NumberInput
      id={id}
      data-grid-value
      label={leaf.code}
      {...pointsRules(leaf)}
      messages={SCORE_MESSAGES}
      params={{ leaf: leaf.code }}
      value={value}
      onValueChange={onChange}
      onProblem={onLeave}
      aria-invalid={invalid || undefined}
      className="w-24 rounded border border-slate-300 px-1 py-1 text-right aria-[invalid=true]:border-brand-600"
    />
  );
}
