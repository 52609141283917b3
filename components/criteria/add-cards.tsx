import { getTranslations } from "next-intl/server";
import { EXCEL_COLUMNS } from "@/lib/criteria/excel-rows";
import { Card } from "@/components/ui/card";
import { ImportForm } from "@/components/criteria/import-form";
import { NodeForm } from "@/components/criteria/node-form";

/** The two ways to fill a set the user may edit, shared by a year's criteria and a template: add a top-level node, or import a workbook. */
export async function CriteriaAddCards({ setId, version }: { setId: string; version: number }) {
  const t = await getTranslations("criteria");
  return (
    <>
      <Card title={t("form.addTop")}>
        <NodeForm key={version} mode="add" setId={setId} version={version} parentId={null} />
      </Card>
      <Card title={t("import.title")}>
        <ImportForm setId={setId} version={version} columns={Object.values(EXCEL_COLUMNS).join(", ")} />
      </Card>
    </>
  );
}
