"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SubmitButton } from "@/components/ui/fields";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { addPlanItemAction, deletePlanItemAction, movePlanItemAction, updatePlanItemAction } from "@/lib/plans/actions";
import { PlanItemFields, type HostOption, type PlanItemValues } from "@/components/plans/plan-item-fields";

/** One plan item, formatted on the server; `stamp` changes whenever the item is saved. */
export type PlanRow = { id: string; when: string; host: string; stamp: string; values: PlanItemValues };

const iconButton = "rounded-md border border-slate-300 bg-white p-1.5 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

export function PlanEditor({ blocYearId, items, hosts }: { blocYearId: string; items: PlanRow[]; hosts: HostOption[] }) {
  const t = useTranslations();
  // The item being edited and its stamp when the form opened: a saved item gets a new stamp, which closes the form.
  const [editing, setEditing] = useState<{ id: string; stamp: string } | null>(null);
  const moving = useAction(movePlanItemAction);
  const move = (itemId: string, direction: "up" | "down") => moving.run({ itemId, direction });

  return (
    <div className="space-y-6">
      <ActionAlert state={moving} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("plans.items.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {items.map((item, i) => {
            const title = item.values.title;
            const open = editing?.id === item.id && editing.stamp === item.stamp;
            return (
              <li key={item.id} className="space-y-3 px-3 py-3 text-sm">
                <div className="flex flex-wrap items-start gap-3">
                  <span className="w-6 pt-0.5 text-right tabular-nums text-slate-600">{i + 1}.</span>
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="font-medium text-slate-900">{title}</p>
                    <p className="text-slate-700">
                      {t("plans.items.when")}: {item.when} · {t("plans.items.host")}: {item.host}
                    </p>
                    {item.values.note && <p className="whitespace-pre-line text-slate-600">{item.values.note}</p>}
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    <button
                      type="button"
                      className={iconButton}
                      disabled={moving.pending || i === 0}
                      onClick={() => move(item.id, "up")}
                      aria-label={t("plans.items.moveUp", { title })}
                    >
                      <ArrowUp aria-hidden className="h-4 w-4" />
                    </button>
                    <button
                      type="button"
                      className={iconButton}
                      disabled={moving.pending || i === items.length - 1}
                      onClick={() => move(item.id, "down")}
                      aria-label={t("plans.items.moveDown", { title })}
                    >
                      <ArrowDown aria-hidden className="h-4 w-4" />
                    </button>
                    <Button
                      variant="secondary"
                      aria-label={t("plans.items.editLabel", { title })}
                      aria-expanded={open}
                      onClick={() => setEditing(open ? null : { id: item.id, stamp: item.stamp })}
                    >
                      {t("plans.items.edit")}
                    </Button>
                    <ConfirmButton
                      action={deletePlanItemAction}
                      input={{ itemId: item.id }}
                      label={t("plans.items.delete")}
                      title={t("plans.items.deleteTitle")}
                      message={t("plans.items.deleteMessage", { title })}
                      confirmLabel={t("plans.items.delete")}
                    />
                  </div>
                </div>
                {open && (
                  <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
                    <ActionForm action={updatePlanItemAction} extra={{ itemId: item.id }}>
                      <PlanItemFields hosts={hosts} values={item.values} />
                      <div className="flex gap-2">
                        <SubmitButton>{t("plans.items.save")}</SubmitButton>
                        <Button variant="secondary" onClick={() => setEditing(null)}>
                          {t("plans.items.cancel")}
                        </Button>
                      </div>
                    </ActionForm>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <section aria-labelledby="plan-add-title" className="border-t border-slate-200 pt-4">
        <h3 id="plan-add-title" className="mb-3 text-sm font-semibold text-slate-800">
          {t("plans.items.addTitle")}
        </h3>
        <ActionForm action={addPlanItemAction} extra={{ blocYearId }} successMessage={t("plans.items.added")} resetOnSuccess>
          <PlanItemFields hosts={hosts} />
          <SubmitButton>{t("plans.items.add")}</SubmitButton>
        </ActionForm>
      </section>
    </div>
  );
}
