"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Handover } from "@/lib/users/accounts/handover-workbook";
import { formatDateTime } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RowHeader, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

// A link without the server's public address (NEXTAUTH_URL unset) is completed with the browser's.
const absolute = (url: string) => new URL(url, window.location.origin).href;

function download(workbook: string, expiresAt: Date) {
  const bytes = Uint8Array.from(atob(workbook), (c) => c.charCodeAt(0));
  const blob = new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = `lien-ket-dat-mat-khau-${formatDateTime(expiresAt).replace(/\D/g, "")}.xlsx`;
  a.click();
  URL.revokeObjectURL(a.href);
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useTranslations("accounts");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="print:hidden">
      <Button variant="secondary" className="px-2 py-1 text-xs" aria-label={label} onClick={copy}>
        {state === "copied" ? t("handover.copied") : t("handover.copy")}
      </Button>
      {state === "failed" && <span className="mt-1 block text-xs text-brand-700">{t("handover.copyFailed")}</span>}
    </span>
  );
}

/**
 * The links just issued, shown once: each account's name, unit, username and link, to copy, print
 * (only this sheet prints: `.print-area` in app/globals.css) or download as Excel.
 */
export function HandoverSheet({ handover, onDone }: { handover: Handover; onDone: () => void }) {
  const t = useTranslations("accounts");
  const tc = useTranslations("common");
  const expiresAt = new Date(handover.expiresAt);
  return (
    <section className="print-area space-y-3" aria-labelledby="handover-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="handover-title" className="text-lg font-semibold text-slate-900">
          {t("handover.title")} <span className="text-sm font-normal text-slate-600">({t("handover.count", { count: handover.links.length })})</span>
        </h2>
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button onClick={() => download(handover.workbook, expiresAt)}>{t("handover.download")}</Button>
          <Button variant="secondary" onClick={() => window.print()}>
            {t("handover.print")}
          </Button>
          <Button variant="secondary" onClick={onDone}>
            {t("handover.done")}
          </Button>
        </div>
      </div>
      <Alert tone="warning">{t("handover.once", { expiresAt: formatDateTime(expiresAt) })}</Alert>
      {/* On a phone a table would hide the links off to the side: one card per account instead. */}
      <ul className="space-y-2 sm:hidden">
        {handover.links.map((l) => (
          <li key={l.userId} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <p className="font-medium text-slate-900">{l.name}</p>
            <p className="text-slate-700">{l.unitName ?? tc("none")}</p>
            <p className="font-mono text-xs">{l.username}</p>
            <code className="block break-all text-xs text-slate-800">{absolute(l.url)}</code>
            <CopyButton text={absolute(l.url)} label={t("handover.copyLabel", { name: l.name })} />
          </li>
        ))}
      </ul>
      <div className="hidden sm:block">
        <Table caption={t("handover.caption")} frame="card">
          <THead>
            <Th rowName>{t("handover.columns.name")}</Th>
            <Th>{t("handover.columns.unit")}</Th>
            <Th>{t("handover.columns.username")}</Th>
            <Th>{t("handover.columns.link")}</Th>
          </THead>
          <TBody>
            {handover.links.map((l) => (
              <Tr key={l.userId}>
                <RowHeader>{l.name}</RowHeader>
                <Td className="min-w-40">{l.unitName ?? tc("none")}</Td>
                <Td className="font-mono text-xs">{l.username}</Td>
                <Td className="min-w-64">
                  <div className="flex flex-wrap items-start gap-2">
                    <code className="min-w-0 flex-1 break-all text-xs text-slate-800" data-testid="set-password-link">
                      {absolute(l.url)}
                    </code>
                    <CopyButton text={absolute(l.url)} label={t("handover.copyLabel", { name: l.name })} />
                  </div>
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      </div>
    </section>
  );
}
