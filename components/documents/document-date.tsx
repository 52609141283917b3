import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import type { DocumentKind } from "@/lib/documents/kinds";
import { documentDateFor } from "@/lib/documents/queries";
import { formatDate } from "@/lib/format/vi";
import { DocumentDateForm } from "@/components/documents/document-date-form";

/**
 * Beside a document's downloads: the date it carries, which whoever prepares it may set before
 * it is issued (lib/documents/policy.ts). Shows nothing to anyone else. `what` names the
 * document when several share a page.
 */
export async function DocumentDate({ kind, subjectId, what }: { kind: DocumentKind; subjectId: string; what?: string }) {
  const session = await getSession();
  const state = session ? await documentDateFor(session, kind, subjectId) : null;
  if (!state) return null;
  const t = await getTranslations("documents");
  const value = formatDate(state.date);
  if (state.issued) return value ? <p className="text-sm text-slate-600">{t("date.issued", { date: value })}</p> : null;
  return (
    <DocumentDateForm
      kind={kind}
      subjectId={subjectId}
      value={state.date}
      labels={{
        label: what ? t("date.labelFor", { what }) : t("date.label"),
        hint: t(`date.hints.${kind}`),
        save: t("date.save"),
        saved: t("date.saved"),
      }}
    />
  );
}
