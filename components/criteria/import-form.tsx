"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { importCriteriaAction } from "@/lib/criteria/actions";
import type { ExcelRowError } from "@/lib/criteria/excel-rows";

/** Upload of an .xlsx: a good file replaces the draft; a bad one shows every error by row and column, and saves nothing. */
export function ImportForm({ setId, version, columns }: { setId: string; version: number; columns: string }) {
  const t = useTranslations("criteria");
  // A file with errors is an answer too (ok, with the errors by row): listed below, nothing saved.
  const importing = useAction(importCriteriaAction, { successMessage: (data) => (data.ok ? t("import.done", { count: data.count }) : null) });
  const result = importing.result;

  const describe = (e: ExcelRowError) => {
    const problem = e.value ? t("import.withValue", { problem: t(`import.codes.${e.code}`), value: e.value }) : t(`import.codes.${e.code}`);
    if (e.row === 0) return t("import.sheet", { problem });
    return e.column ? t("import.rowColumn", { row: e.row, column: e.column, problem }) : t("import.rowOnly", { row: e.row, problem });
  };

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("setId", setId);
    form.set("version", String(version));
    importing.run(form);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-600">{t("import.hint", { columns })}</p>
      <ActionAlert state={importing} />
      {result?.ok && !result.data.ok && (
        <Alert tone="error">
          <p className="font-semibold">{t("import.failed", { count: result.data.errors.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {result.data.errors.map((e, i) => (
              <li key={i}>{describe(e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <FileField name="file" label={t("import.file")} required accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
        <button type="submit" className={buttonClass("secondary")} disabled={importing.pending}>
          {t("import.submit")}
        </button>
      </div>
    </form>
  );
}
