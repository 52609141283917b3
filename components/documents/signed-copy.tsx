import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import type { DocumentKind } from "@/lib/documents/kinds";
import { formatDateTime } from "@/lib/format/vi";
import { removeSignedCopyAction } from "@/lib/signed-copies/actions";
import { signedCopyFor } from "@/lib/signed-copies/queries";
import type { SignatureResult } from "@/lib/signed-copies/verify";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SignedCopyForm } from "@/components/documents/signed-copy-form";

async function Signature({ s }: { s: SignatureResult }) {
  const t = await getTranslations("signedCopies");
  return (
    <li className="break-words">
      <p className="font-medium">{t("signer", { name: s.commonName ?? s.signer ?? "?" })}</p>
      <p className="text-slate-600">{t("subject", { subject: s.signer ?? "?" })}</p>
      <p className="text-slate-600">{t("issuer", { issuer: s.issuer ?? "?" })}</p>
      <p className="text-slate-600">{s.signingTime ? t("signedAt", { time: formatDateTime(s.signingTime) }) : t("noTime")}</p>
      <p className="text-slate-600">{t(s.coversWholeFile ? "intact" : "revision")}</p>
      <p className="text-slate-600">{t(s.trusted === null ? "trustNotChecked" : "trusted")}</p>
    </li>
  );
}

/**
 * Beside a document's downloads: whether its signed copy is filed (a scan, or a digitally signed
 * PDF with who signed it, when, by whose certificate, unchanged since), a link to it, and for
 * whoever prepares the document the form to file or replace it. `what` names the document.
 */
export async function SignedCopy({ kind, subjectId, what: named }: { kind: DocumentKind; subjectId: string; what?: string }) {
  const session = await getSession();
  const state = session ? await signedCopyFor(session, kind, subjectId) : null;
  if (!state || (!state.copy && !state.canFile)) return null;
  const t = await getTranslations("signedCopies");
  const what = named ?? (await getTranslations("documents"))(`kinds.${kind}`);
  const { copy } = state;
  return (
    <section className="space-y-2 rounded border border-slate-200 p-3 text-sm" aria-label={t("title", { what })}>
      {copy ? (
        <>
          <p>
            <span className="mr-2 rounded bg-emerald-100 px-2 py-0.5 font-medium text-emerald-800">{t("signed")}</span>
            {t(copy.verdict === "VALID" ? "digital" : "scan")}
          </p>
          <p>
            <a href={`/api/signed-copies/${kind}/${encodeURIComponent(subjectId)}`} className="break-all text-sky-700 underline">
              {t("download", { name: copy.fileName })}
            </a>
          </p>
          <p className="text-slate-600">{t("uploaded", { who: copy.uploadedBy ?? "?", when: formatDateTime(copy.uploadedAt) })}</p>
          {copy.signatures.length > 0 && (
            <ul className="space-y-2">
              {copy.signatures.map((s, i) => (
                <Signature key={i} s={s} />
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="text-slate-600">{t("none")}</p>
      )}
      {state.canFile && (
        <div className="flex flex-wrap items-start gap-2">
          <details className="w-full">
            <summary className="cursor-pointer text-sky-700">{t(copy ? "replace" : "add")}</summary>
            <div className="pt-2">
              <SignedCopyForm kind={kind} subjectId={subjectId} what={what} />
            </div>
          </details>
          {copy && (
            <ConfirmButton
              action={removeSignedCopyAction}
              input={{ kind, subjectId }}
              label={t("remove")}
              ariaLabel={t("removeOf", { what })}
              title={t("remove")}
              message={t("removeConfirm", { what })}
              variant="secondary"
            />
          )}
        </div>
      )}
    </section>
  );
}
