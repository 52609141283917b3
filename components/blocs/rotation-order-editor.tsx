"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { setRotationOrderAction } from "@/lib/blocs/actions";

type Unit = { id: string; name: string; code: string };

// Keeps the order in state; nothing is saved until the button is pressed.
export function RotationOrderEditor({ blocId, units }: { blocId: string; units: Unit[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [order, setOrder] = useState(units);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target], next[index]];
    setOrder(next);
    setMessage(null);
  }

  function save() {
    startTransition(async () => {
      const res = await setRotationOrderAction({ blocId, unitIds: order.map((u) => u.id) });
      if (!res.ok) {
        setMessage({ tone: "error", text: t(res.error, res.params) });
        return;
      }
      setMessage({ tone: "success", text: t("blocs.rotation.saved") });
      router.refresh();
    });
  }

  const iconButton = "rounded-md border border-slate-300 bg-white p-1.5 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";
  return (
    <div className="space-y-3">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
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
      <Button onClick={save} disabled={pending}>
        {pending ? t("common.saving") : t("blocs.rotation.save")}
      </Button>
    </div>
  );
}
