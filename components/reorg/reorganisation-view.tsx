import { getTranslations } from "next-intl/server";
import type { listRedivisions, listUnitChanges, redivisionForm, workingUnitOptions } from "@/lib/reorg/queries";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangesTable } from "@/components/reorg/changes-table";
import { RedivisionsTable } from "@/components/reorg/redivisions-table";
import { DissolveForm, MergeForm, RenameForm } from "@/components/reorg/unit-change-forms";
import { RedivisionForm } from "@/components/reorg/redivision-form";
import { RedivisionYearPicker } from "@/components/reorg/redivision-year-picker";

type Props = {
  year: number;
  changes: Awaited<ReturnType<typeof listUnitChanges>>;
  redivisions: Awaited<ReturnType<typeof listRedivisions>>;
  units: Awaited<ReturnType<typeof workingUnitOptions>>;
  form: NonNullable<Awaited<ReturnType<typeof redivisionForm>>>;
};

// "Sắp xếp, tổ chức lại": the changes on record and the forms that make them (docs/reorganisation.md).
export async function ReorganisationView({ year, changes, redivisions, units, form }: Props) {
  const [t, tc] = await Promise.all([getTranslations("reorg"), getTranslations("common")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} crumbs={[{ label: tc("home"), href: "/" }, { label: t("title") }]} />
      <div className="space-y-4">
        <Card title={t("changes.title")}>
          <ChangesTable changes={changes} />
        </Card>
        <Card title={t("merge.title")}>
          <MergeForm units={units} />
        </Card>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title={t("rename.title")}>
            <RenameForm units={units} />
          </Card>
          <Card title={t("dissolve.title")}>
            <DissolveForm units={units} />
          </Card>
        </div>
        <Card title={t("redivision.listTitle")}>
          <RedivisionsTable redivisions={redivisions} />
        </Card>
        <Card title={t("redivision.title")}>
          <p className="mb-3 text-sm text-slate-600">{t("redivision.hint")}</p>
          <RedivisionYearPicker year={year} />
          {form.blocs.length === 0 ? (
            <p className="mt-3 text-sm text-slate-600">{t("redivision.noBlocs", { year })}</p>
          ) : (
            <RedivisionForm key={year} year={year} blocs={form.blocs} units={form.units} />
          )}
        </Card>
      </div>
    </>
  );
}
