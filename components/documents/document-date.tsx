import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import type { DocumentKind } from "@/lib/documents/kinds";
import { documentDateFor } from "@/lib/documents/queries";
import { formatDate } from "@/lib/format/vi";
import { DocumentDateForm } from "@/components/documents/document-date-form";
import { DocumentNumberForm } from "@/components/documents/document-number-form";
import { NUMBERED_KINDS } from "@/lib/documents/schemas";

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
  const numbered = (NUMBERED_KINDS as readonly string[]).includes(kind);
  const number = state.number === null ? null : String(state.number).padStart(2, "0");
  // The number: taken (next in the register, or typed) until it is given to an issued document, then shown as given.
  const numberPart = !numbered ? null : state.issued && number ? (
    <p className="text-sm text-slate-600">{t("number.current", { number })}</p>
  ) : (
    <DocumentNumberForm
      kind={kind}
      subjectId={subjectId}
      value={state.number}
      labels={{ label: t("number.label"), hint: t("number.hint"), take: t("number.take"), saved: t("number.saved") }}
    />
  );
  if (state.issued)
    return (
      <>
        {value ? <p className="text-sm text-slate-600">{t("date.issued", { date: value })}</p> : null}
        {numberPart}
      </>
    );
  return (
    <>
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
      {numberPart}
    </>
  );
}
