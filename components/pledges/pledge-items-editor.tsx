"use client";

import { ArrowDown, ArrowUp } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SubmitButton, TextAreaField } from "@/components/ui/fields";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { addPledgeItemAction, deletePledgeItemAction, movePledgeItemAction, updatePledgeItemAction } from "@/lib/pledges/actions";

type Item = { id: string; content: string };

const iconButton = "rounded-md border border-slate-300 bg-white p-1.5 text-slate-700 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40";

/**
 * The draft's items: edit, delete, reorder, add. Every write carries the pledge version this page
 * was rendered with; after a successful write the page refreshes and gets the new one.
 */
export function PledgeItemsEditor({ pledgeId, version, items }: { pledgeId: string; version: number; items: Item[] }) {
  const t = useTranslations();
  // The item being edited, and the version when its form opened: any saved change closes the form.
  const [editing, setEditing] = useState<{ id: string; version: number } | null>(null);
  const moving = useAction(movePledgeItemAction);
  const move = (itemId: string, direction: "up" | "down") => moving.run({ itemId, version, direction });

  return (
    <div className="space-y-6">
      <ActionAlert state={moving} />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("pledges.items.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {items.map((item, i) => {
            const number = i + 1;
            const open = editing?.id === item.id && editing.version === version;
            return (
              <li key={item.id} className="space-y-3 px-3 py-3 text-sm">
                <div className="flex flex-wrap items-start gap-3">
                  <span className="w-6 pt-0.5 text-right tabular-nums text-slate-600">{number}.</span>
                  <p className="min-w-0 flex-1 whitespace-pre-line leading-relaxed text-slate-900">{item.content}</p>
                  <div className="flex flex-wrap items-center gap-2">
                    <button
                      type="button"
                      className={iconButton}
                      disabled={moving.pending || i === 0}
                      onClick={() => move(item.id, "up")}
                      aria-label={t("pledges.items.moveUp", { number })}
                    >
                      <ArrowUp aria-hidden className="h-4 w-4" />
                    </button>
                    <button
                      type="button"
                      className={iconButton}
                      disabled={moving.pending || i === items.length - 1}
                      onClick={() => move(item.id, "down")}
                      aria-label={t("pledges.items.moveDown", { number })}
                    >
                      <ArrowDown aria-hidden className="h-4 w-4" />
                    </button>
                    <Button
                      variant="secondary"
                      aria-label={t("pledges.items.editLabel", { number })}
                      aria-expanded={open}
                      onClick={() => setEditing(open ? null : { id: item.id, version })}
                    >
                      {t("pledges.items.edit")}
                    </Button>
                    <ConfirmButton
                      action={deletePledgeItemAction}
                      input={{ itemId: item.id, version }}
                      label={t("pledges.items.delete")}
                      title={t("pledges.items.deleteTitle")}
                      message={t("pledges.items.deleteMessage", { number })}
                      confirmLabel={t("pledges.items.delete")}
                    />
                  </div>
                </div>
                {open && (
                  <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
                    <ActionForm action={updatePledgeItemAction} extra={{ itemId: item.id, version }}>
                      <TextAreaField name="content" label={t("pledges.fields.itemContent", { number })} required rows={4} defaultValue={item.content} />
                      <div className="flex gap-2">
                        <SubmitButton>{t("pledges.items.save")}</SubmitButton>
                        <Button variant="secondary" onClick={() => setEditing(null)}>
                          {t("pledges.items.cancel")}
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
      <div className="border-t border-slate-200 pt-4">
        <ActionForm action={addPledgeItemAction} extra={{ pledgeId, version }} successMessage={t("pledges.items.added")} resetOnSuccess>
          <TextAreaField name="content" label={t("pledges.fields.newItem")} required rows={3} />
          <SubmitButton>{t("pledges.items.add")}</SubmitButton>
        </ActionForm>
      </div>
    </div>
  );
}
