"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import type { ActionResult } from "@/lib/actions/result";
import { importCriteriaAction } from "@/lib/criteria/actions";
import type { ImportResult } from "@/lib/criteria/service";
import type { ExcelRowError } from "@/lib/criteria/excel-rows";

/** Upload of an .xlsx: a good file replaces the draft; a bad one shows every error by row and column, and saves nothing. */
export function ImportForm({ setId, version, columns }: { setId: string; version: number; columns: string }) {
  const t = useTranslations("criteria");
  const tAll = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<ImportResult> | null>(null);
  const [pending, startTransition] = useTransition();

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
    startTransition(async () => {
      const res = await importCriteriaAction(form);
      setResult(res);
      if (res.ok && res.data.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-600">{t("import.hint", { columns })}</p>
      {result && !result.ok && <Alert tone="error">{tAll(result.error, result.params)}</Alert>}
      {result?.ok && result.data.ok && <Alert tone="success">{t("import.done", { count: result.data.count })}</Alert>}
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
        <button type="submit" className={buttonClass("secondary")} disabled={pending}>
          {t("import.submit")}
        </button>
      </div>
    </form>
  );
}
