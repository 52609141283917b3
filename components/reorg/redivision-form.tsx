"use client";

import { useTranslations } from "next-intl";
import { redivideBlocsAction } from "@/lib/reorg/actions";
import { ActionForm } from "@/components/ui/action-form";
import { Badge } from "@/components/ui/card";
import { controlClass } from "@/components/ui/control";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SubmitButton } from "@/components/ui/fields";
import { DecisionFields } from "@/components/reorg/decision-fields";

export type RedivisionUnit = { id: string; name: string; blocId: string | null; leads: boolean };
type Bloc = { id: string; name: string };

/** The year's re-division: the decision, then each working unit's bloc (its current one preselected). */
export function RedivisionForm({ year, blocs, units }: { year: number; blocs: Bloc[]; units: RedivisionUnit[] }) {
  const t = useTranslations("reorg");
  const columns: Column<RedivisionUnit>[] = [
    {
      key: "unit",
      label: t("redivision.unit"),
      render: (u) => (
        <span className="flex flex-wrap items-center gap-2">
          {u.name}
          {u.leads && <Badge tone="amber">{t("redivision.leads")}</Badge>}
        </span>
      ),
    },
    {
      key: "target",
      label: t("redivision.target"),
      render: (u) => (
        // "unitId>blocId": the schema reads each as where the unit sits that year; "" leaves it where it is.
        <select
          name="placements[]"
          aria-label={t("redivision.targetFor", { unit: u.name })}
          defaultValue={u.blocId ? `${u.id}>${u.blocId}` : ""}
          className={controlClass("w-full min-w-56")}
        >
          <option value="">{t("redivision.none")}</option>
          {blocs.map((b) => (
            <option key={b.id} value={`${u.id}>${b.id}`}>
              {b.name}
            </option>
          ))}
        </select>
      ),
    },
  ];
  return (
    <ActionForm action={redivideBlocsAction} extra={{ year: String(year) }} successMessage={t("redivision.saved")}>
      <DecisionFields />
      <DataTable rows={units} columns={columns} rowKey={(u) => u.id} query={{}} basePath="/reorganisation" caption={t("redivision.title")} />
      <SubmitButton>{t("redivision.submit")}</SubmitButton>
    </ActionForm>
  );
}
