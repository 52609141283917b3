"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { setRotationOrderAction } from "@/lib/blocs/actions";

type Unit = { id: string; name: string; code: string };

// Keeps the order in state; nothing is saved until the button is pressed.
export function RotationOrderEditor({ blocId, units }: { blocId: string; units: Unit[] }) {
  const t = useTranslations();
  const [order, setOrder] = useState(units);
  const saving = useAction(setRotationOrderAction, { successMessage: t("blocs.rotation.saved") });

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target], next[index]];
    setOrder(next);
    saving.clear();
  }

  const save = () => saving.run({ blocId, unitIds: order.map((u) => u.id) });

  const iconButton = "rounded-md border border-slate-300 bg-white p-1.5 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <div className="space-y-3">
      <ActionAlert state={saving} />
      <ol className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {order.map((u, i) => (
          <li key={u.id} className="flex items-center gap-3 px-3 py-2 text-sm">
            <span className="w-6 text-right tabular-nums text-slate-600">{i + 1}.</span>
            <span className="flex-1">
              {u.name} <span className="font-mono text-xs text-slate-600">{u.code}</span>
            </span>
            <button
              type="button"
              className={iconButton}
              disabled={i === 0}
              onClick={() => move(i, -1)}
              aria-label={t("blocs.rotation.moveUp", { unit: u.name })}
            >
              <ArrowUp aria-hidden className="h-4 w-4" />
            </button>
            <button
              type="button"
              className={iconButton}
              disabled={i === order.length - 1}
              onClick={() => move(i, 1)}
              aria-label={t("blocs.rotation.moveDown", { unit: u.name })}
            >
              <ArrowDown aria-hidden className="h-4 w-4" />
            </button>
          </li>
        ))}
      </ol>
      <Button onClick={save} disabled={saving.pending}>
        {saving.pending ? t("common.saving") : t("blocs.rotation.save")}
      </Button>
    </div>
  );
}
