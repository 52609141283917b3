import { FileDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

export type DocumentKind = "pledge" | "minutes" | "plan" | "review-minutes" | "award-submission" | "achievement-report" | "bloc-report" | "registrations";

/**
 * Download links for an official document (DOCX to edit, PDF to print).
 * `id` is the pledge id, the conference id (minutes), the BLOC YEAR id (plan), the ranking
 * snapshot id (review-minutes), the proposal id (award-submission), the nominee id (achievement-report),
 * the report round id (bloc-report) or the BLOC YEAR id again (registrations).
 * `what` names the document instead of the kind's label (a nominee's report: its unit).
 * The accessible name starts with the visible text: "Tải DOCX (giao ước)".
 * Works in server and client components alike.
 */
export function DocumentDownloads({ kind, id, what: label }: { kind: DocumentKind; id: string; what?: string }) {
  const t = useTranslations("documents");
  const base = `/api/documents/${kind}/${encodeURIComponent(id)}`;
  const what = label ?? t(`kinds.${kind}`);
  const links = [
    { format: "docx", label: t("downloadDocx") },
    { format: "pdf", label: t("downloadPdf") },
  ] as const;
  return (
    <div role="group" aria-label={t("groupLabel", { what })} className="flex flex-wrap items-center gap-2">
      {links.map(({ format, label }) => (
        <a key={format} href={`${base}?format=${format}`} download className={buttonClass("secondary")}>
          <FileDown aria-hidden className="size-4" />
          {label}
          <span className="sr-only"> {t("forWhat", { what })}</span>
        </a>
      ))}
    </div>
  );
}
