"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/card";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";
import type { Preview } from "@/lib/onboarding/service";
import type { Issue, RowStatus } from "@/lib/onboarding/spec";

const TONE: Record<RowStatus, "green" | "amber" | "slate"> = { new: "green", changed: "amber", unchanged: "slate" };

/** Row-numbered problems, each worded from its message key (any namespace's errors or validation, or ours). */
export function IssueList({ issues }: { issues: Issue[] }) {
  const t = useTranslations("onboarding");
  const tAll = useTranslations();
  return (
    <ul className="mt-1 list-disc pl-5">
      {issues.map((issue, i) => {
        const problem = tAll(issue.key, issue.params);
        return (
          <li key={i}>
            {issue.row === 0
              ? t("problems.file", { problem })
              : issue.column
                ? t("problems.rowColumn", { row: issue.row, column: issue.column, problem })
                : t("problems.row", { row: issue.row, problem })}
          </li>
        );
      })}
    </ul>
  );
}

/** What a file would change: the counts, then each new or changed row with the columns that differ, then what leaves. */
export function PreviewTable({ preview }: { preview: Preview }) {
  const t = useTranslations("onboarding");
  const { counts, rows, removed, warnings } = preview;
  const shown = counts.new + counts.changed;
  return (
    <div className="space-y-3">
      <Alert tone="info">
        <p className="font-semibold">{t("preview.title")}</p>
        <p>{t("preview.counts", counts)}</p>
        {shown + counts.removed === 0 && <p>{t("preview.nothing")}</p>}
      </Alert>
      {rows.length > 0 && (
        <div>
          <Table caption={t("preview.caption")} frame="none" dense>
            <THead>
              <Th>{t("preview.row")}</Th>
              <Th rowName>{t("preview.item")}</Th>
              <Th>{t("preview.status")}</Th>
              <Th>{t("preview.changes")}</Th>
            </THead>
            <TBody>
              {rows.map((r) => (
                <Tr key={r.row}>
                  <Td className="text-slate-600 tabular-nums">{r.row}</Td>
                  <RowHeader className="font-normal">{r.label}</RowHeader>
                  <Td>
                    <Badge tone={TONE[r.status]}>{t(`preview.statuses.${r.status}`)}</Badge>
                  </Td>
                  <Td className="min-w-48">{r.changed.join(", ")}</Td>
                </Tr>
              ))}
            </TBody>
          </Table>
          {shown > rows.length && <p className="mt-1 text-sm text-slate-600">{t("preview.shown", { shown: rows.length })}</p>}
        </div>
      )}
      {removed.length > 0 && (
        <Alert tone="warning">
          <p>{t("preview.removed", { removed: counts.removed })}</p>
          <ul className="mt-1 list-disc pl-5">
            {removed.map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert tone="warning">
          <p>{t("preview.warnings")}</p>
          <IssueList issues={warnings} />
        </Alert>
      )}
    </div>
  );
}
