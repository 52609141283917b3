"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { publishRulesAction, setRulesAction } from "@/lib/ranking/actions";
import { TIE_BREAK_KINDS, type TieBreakKind, type TieBreakRule } from "@/lib/ranking/types";
import type { RankingGroup } from "@/lib/ranking/queries";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { controlClass } from "@/components/ui/control";
import { ActionAlert, useAction } from "@/components/ui/use-action";

type Props = { blocYearId: string; version: number; rules: TieBreakRule[]; groups: RankingGroup[] };

const control = controlClass();

/** The ordered tie-break list: add from the built-in rules, move, remove, save, then publish (frozen). */
export function RulesEditor({ blocYearId, version, rules: saved, groups }: Props) {
  const t = useTranslations();
  const ids = { kind: useId(), group: useId() };
  const [rules, setRules] = useState<TieBreakRule[]>(saved);
  const [kind, setKind] = useState<TieBreakKind | "">("");
  const [group, setGroup] = useState(groups[0]?.code ?? "");
  const saving = useAction(setRulesAction, { successMessage: t("ranking.rules.saved") });
  const dirty = JSON.stringify(rules) !== JSON.stringify(saved);

  const label = (r: TieBreakRule) => t(`ranking.rules.kind.${r.kind}`, { group: r.kind === "groupScore" ? r.groupCode : "" });
  const move = (i: number, by: -1 | 1) =>
    setRules((rs) => {
      const next = [...rs];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });

  function add() {
    if (!kind) return;
    setRules((rs) => [...rs, kind === "groupScore" ? { kind, groupCode: group } : { kind }]);
    setKind("");
  }

  const save = () => saving.run({ blocYearId, version, rules });

  return (
    <div className="space-y-3">
      <ActionAlert state={saving} />
      {rules.length === 0 ? (
        <p className="text-sm text-slate-600">{t("ranking.rules.none")}</p>
      ) : (
        <ol className="space-y-2">
          {rules.map((r, i) => (
            <li key={`${r.kind}-${i}`} className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm">
              <span className="font-medium tabular-nums">{i + 1}.</span>
              <span className="flex-1">{label(r)}</span>
              <Button variant="secondary" aria-label={t("ranking.rules.up", { rule: label(r) })} disabled={i === 0} onClick={() => move(i, -1)}>
                ↑
              </Button>
              <Button variant="secondary" aria-label={t("ranking.rules.down", { rule: label(r) })} disabled={i === rules.length - 1} onClick={() => move(i, 1)}>
                ↓
              </Button>
              <Button
                variant="secondary"
                aria-label={t("ranking.rules.remove", { rule: label(r) })}
                onClick={() => setRules((rs) => rs.filter((_, j) => j !== i))}
              >
                ✕
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-48">
          <label htmlFor={ids.kind} className="block text-sm font-medium text-slate-800">
            {t("ranking.rules.kindLabel")}
          </label>
          <select id={ids.kind} className={control} value={kind} onChange={(e) => setKind(e.target.value as TieBreakKind | "")}>
            <option value="">{t("ranking.rules.choose")}</option>
            {TIE_BREAK_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`ranking.rules.kind.${k}`, { group: "…" })}
              </option>
            ))}
          </select>
        </div>
        {kind === "groupScore" && (
          <div className="min-w-48">
            <label htmlFor={ids.group} className="block text-sm font-medium text-slate-800">
              {t("ranking.rules.groupLabel")}
            </label>
            <select id={ids.group} className={control} value={group} onChange={(e) => setGroup(e.target.value)}>
              {groups.map((g) => (
                <option key={g.code} value={g.code}>
                  {g.code} – {g.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <Button variant="secondary" disabled={!kind} onClick={add}>
          {t("ranking.rules.add")}
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
        <Button disabled={saving.pending || !dirty} onClick={save}>
          {saving.pending ? t("common.saving") : t("ranking.rules.save")}
        </Button>
        {version > 0 && !dirty ? (
          <ConfirmButton
            action={publishRulesAction}
            input={{ blocYearId, version }}
            label={t("ranking.rules.publish")}
            title={t("ranking.rules.publishTitle")}
            message={t("ranking.rules.publishMessage")}
            variant="primary"
          />
        ) : (
          <span className="text-xs text-slate-600">{t("ranking.rules.saveFirst")}</span>
        )}
      </div>
    </div>
  );
}
