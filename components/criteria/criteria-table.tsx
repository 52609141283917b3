"use client";

import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { deleteCriterionAction, moveCriterionAction } from "@/lib/criteria/actions";
import { NodeForm } from "@/components/criteria/node-form";
import { kindTone, type CriteriaTableRow } from "@/components/criteria/labels";
import { MAX_DEPTH } from "@/lib/criteria/types";

type Props = { rows: CriteriaTableRow[]; manage: boolean; setId: string; version: number };

/** The tree as an indented table; managers of a draft get edit, add-child, move and delete per row. */
export function CriteriaTable({ rows, manage, setId, version }: Props) {
  const t = useTranslations("criteria");
  const [open, setOpen] = useState<{ id: string; mode: "edit" | "add" } | null>(null);
  // Moving is harmless and undone by moving back, so it asks nothing; one move at a time, since each carries the version.
  const moving = useAction(moveCriterionAction);
  const columns = manage ? 6 : 5;
  return (
    <div className="space-y-2">
      <ActionAlert state={moving} />
      <Table caption={t("table.caption")} frame="none">
        <THead>
          <Th>{t("table.code")}</Th>
          <Th>{t("table.title")}</Th>
          <Th>{t("table.kind")}</Th>
          <Th numeric>{t("table.max")}</Th>
          <Th>{t("table.evidence")}</Th>
          {manage && <Th>{t("table.actions")}</Th>}
        </THead>
        <TBody>
          {rows.map((row) => {
            const group = row.kind === "GROUP";
            return (
              <Fragment key={row.id}>
                <Tr group={group}>
                  <Td className="whitespace-nowrap" style={{ paddingLeft: `${0.75 + (row.depth - 1) * 1.25}rem` }}>
                    {row.code}
                  </Td>
                  <Td className="min-w-48">
                    <span>{row.title}</span>
                    {row.changedAfterScoring && (
                      <span className="ml-2">
                        <Badge tone="amber">{t("changedAfterScoring")}</Badge>
                      </span>
                    )}
                    {row.guidance && <p className="mt-1 text-xs font-normal text-slate-600">{row.guidance}</p>}
                  </Td>
                  <Td className="whitespace-nowrap">
                    <Badge tone={kindTone[row.kind]}>{t(`kind.${row.kind}`)}</Badge>
                  </Td>
                  <Td numeric className="whitespace-nowrap">
                    {group ? (row.subtotal ? t("table.subtotal", { standard: row.subtotal }) : "") : row.maxText || "–"}
                  </Td>
                  <Td>{row.evidenceRequired ? t("table.evidenceYes") : ""}</Td>
                  {manage && (
                    <Td className="whitespace-nowrap">
                      <div className="flex flex-wrap gap-1">
                        <Button variant="secondary" onClick={() => setOpen(open?.id === row.id && open.mode === "edit" ? null : { id: row.id, mode: "edit" })}>
                          {t("form.edit")}
                        </Button>
                        {group && row.depth < MAX_DEPTH && (
                          <Button variant="secondary" onClick={() => setOpen(open?.id === row.id && open.mode === "add" ? null : { id: row.id, mode: "add" })}>
                            {t("form.addChild")}
                          </Button>
                        )}
                        <Button
                          variant="secondary"
                          disabled={row.first || moving.pending}
                          onClick={() => moving.run({ nodeId: row.id, version, direction: "up" })}
                        >
                          {t("move.up")}
                        </Button>
                        <Button
                          variant="secondary"
                          disabled={row.last || moving.pending}
                          onClick={() => moving.run({ nodeId: row.id, version, direction: "down" })}
                        >
                          {t("move.down")}
                        </Button>
                        <ConfirmButton
                          action={deleteCriterionAction}
                          input={{ nodeId: row.id, version }}
                          label={t("delete.button")}
                          title={t("delete.title", { code: row.code })}
                          message={t("delete.message")}
                        />
                      </div>
                    </Td>
                  )}
                </Tr>
                {manage && open?.id === row.id && (
                  <Tr>
                    <Td colSpan={columns} className="bg-sky-50 py-3">
                      {open.mode === "edit" ? (
                        <NodeForm key={`${row.id}-${version}`} mode="edit" node={row} version={version} onDone={() => setOpen(null)} />
                      ) : (
                        <NodeForm key={`${row.id}-add-${version}`} mode="add" setId={setId} parentId={row.id} version={version} onDone={() => setOpen(null)} />
                      )}
                    </Td>
                  </Tr>
                )}
              </Fragment>
            );
          })}
        </TBody>
      </Table>
    </div>
  );
}
