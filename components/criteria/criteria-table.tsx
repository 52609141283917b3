"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { deleteCriterionAction, moveCriterionAction } from "@/lib/criteria/actions";
import { NodeForm } from "@/components/criteria/node-form";
import { kindTone, type CriteriaTableRow } from "@/components/criteria/labels";
import { MAX_DEPTH } from "@/lib/criteria/types";

type MoveProps = {
  nodeId: string;
  version: number;
  direction: "up" | "down";
  disabled: boolean;
  label: string;
  onError: (error: { key: string; params?: Record<string, string | number> } | null) => void;
};

/** Moving is harmless and undone by moving back, so it asks nothing. */
function MoveButton({ nodeId, version, direction, disabled, label, onError }: MoveProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="secondary"
      disabled={disabled || pending}
      onClick={() =>
        startTransition(async () => {
          const result = await moveCriterionAction({ nodeId, version, direction });
          onError(result.ok ? null : { key: result.error, params: result.params });
          if (result.ok) router.refresh();
        })
      }
    >
      {label}
    </Button>
  );
}

type Props = { rows: CriteriaTableRow[]; manage: boolean; setId: string; version: number };

/** The tree as an indented table; managers of a draft get edit, add-child, move and delete per row. */
export function CriteriaTable({ rows, manage, setId, version }: Props) {
  const t = useTranslations("criteria");
  const [open, setOpen] = useState<{ id: string; mode: "edit" | "add" } | null>(null);
  const tAll = useTranslations();
  const [error, setError] = useState<{ key: string; params?: Record<string, string | number> } | null>(null);
  const columns = manage ? 6 : 5;
  return (
    <div className="overflow-x-auto">
      {error && <Alert tone="error">{tAll(error.key, error.params)}</Alert>}
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("table.code")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.title")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.kind")}
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              {t("table.max")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("table.evidence")}
            </th>
            {manage && (
              <th scope="col" className="px-3 py-2">
                {t("table.actions")}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const group = row.kind === "GROUP";
            return (
              <Fragment key={row.id}>
                <tr className={group ? "bg-slate-50 font-semibold" : undefined}>
                  <td className="whitespace-nowrap px-3 py-2" style={{ paddingLeft: `${0.75 + (row.depth - 1) * 1.25}rem` }}>
                    {row.code}
                  </td>
                  <td className="min-w-48 px-3 py-2">
                    <span>{row.title}</span>
                    {row.changedAfterScoring && (
                      <span className="ml-2">
                        <Badge tone="amber">{t("changedAfterScoring")}</Badge>
                      </span>
                    )}
                    {row.guidance && <p className="mt-1 text-xs font-normal text-slate-600">{row.guidance}</p>}
                  </td>
                  <td className="whitespace-nowrap px-3 py-2">
                    <Badge tone={kindTone[row.kind]}>{t(`kind.${row.kind}`)}</Badge>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                    {group ? (row.subtotal ? t("table.subtotal", { standard: row.subtotal }) : "") : row.maxText || "–"}
                  </td>
                  <td className="px-3 py-2">{row.evidenceRequired ? t("table.evidenceYes") : ""}</td>
                  {manage && (
                    <td className="whitespace-nowrap px-3 py-2">
                      <div className="flex flex-wrap gap-1">
                        <Button variant="secondary" onClick={() => setOpen(open?.id === row.id && open.mode === "edit" ? null : { id: row.id, mode: "edit" })}>
                          {t("form.edit")}
                        </Button>
                        {group && row.depth < MAX_DEPTH && (
                          <Button variant="secondary" onClick={() => setOpen(open?.id === row.id && open.mode === "add" ? null : { id: row.id, mode: "add" })}>
                            {t("form.addChild")}
                          </Button>
                        )}
                        <MoveButton nodeId={row.id} version={version} direction="up" disabled={row.first} label={t("move.up")} onError={setError} />
                        <MoveButton nodeId={row.id} version={version} direction="down" disabled={row.last} label={t("move.down")} onError={setError} />
                        <ConfirmButton
                          action={deleteCriterionAction}
                          input={{ nodeId: row.id, version }}
                          label={t("delete.button")}
                          title={t("delete.title", { code: row.code })}
                          message={t("delete.message")}
                        />
                      </div>
                    </td>
                  )}
                </tr>
                {manage && open?.id === row.id && (
                  <tr>
                    <td colSpan={columns} className="bg-sky-50 px-3 py-3">
                      {open.mode === "edit" ? (
                        <NodeForm key={`${row.id}-${version}`} mode="edit" node={row} version={version} onDone={() => setOpen(null)} />
                      ) : (
                        <NodeForm key={`${row.id}-add-${version}`} mode="add" setId={setId} parentId={row.id} version={version} onDone={() => setOpen(null)} />
                      )}
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
