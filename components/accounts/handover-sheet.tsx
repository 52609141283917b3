"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Handover } from "@/lib/users/accounts/handover-workbook";
import { formatDateTime } from "@/lib/format/vi";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

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
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("handover.caption")}</caption>
          <thead className="border-b border-slate-200 text-left text-slate-700">
            <tr>
              <th scope="col" className="row-name px-3 py-2">
                {t("handover.columns.name")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("handover.columns.unit")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("handover.columns.username")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("handover.columns.link")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {handover.links.map((l) => (
              <tr key={l.userId} className="align-top">
                <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                  {l.name}
                </th>
                <td className="min-w-40 px-3 py-2">{l.unitName ?? tc("none")}</td>
                <td className="px-3 py-2 font-mono text-xs">{l.username}</td>
                <td className="min-w-64 px-3 py-2">
                  <div className="flex flex-wrap items-start gap-2">
                    <code className="min-w-0 flex-1 break-all text-xs text-slate-800" data-testid="set-password-link">
                      {absolute(l.url)}
                    </code>
                    <CopyButton text={absolute(l.url)} label={t("handover.copyLabel", { name: l.name })} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
