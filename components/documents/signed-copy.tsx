import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import type { DocumentKind } from "@/lib/documents/kinds";
import { formatDateTime } from "@/lib/format/vi";
import { removeSignedCopyAction } from "@/lib/signed-copies/actions";
import { signedCopyFor } from "@/lib/signed-copies/queries";
import type { SignatureResult } from "@/lib/signed-copies/verify";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SignedCopyForm } from "@/components/documents/signed-copy-form";

/** Where the signature's certificate stood: revoked or not per the CRL/OCSP the file carries, or nothing to tell. */
function revocationLine(t: Awaited<ReturnType<typeof getTranslations<"signedCopies">>>, r: NonNullable<SignatureResult["revocation"]>) {
  if (r.status === "good") return t("revocation.good", { source: r.source ?? "CRL", time: formatDateTime(r.issuedAt ?? "") });
  if (r.status === "revoked") return t("revocation.revoked", { time: formatDateTime(r.revokedAt ?? "") });
  return t("revocation.none");
}

async function Signature({ s }: { s: SignatureResult }) {
  const t = await getTranslations("signedCopies");
  const name = s.commonName ?? s.signer ?? "?";
  const stamp = s.kind === "timestamp";
  const trust = (
    <p className="text-slate-600">{t(s.trusted === null ? (stamp ? "stampTrustNotChecked" : "trustNotChecked") : stamp ? "stampTrusted" : "trusted")}</p>
  );
  // A document time-stamp vouches for when the file existed as it is; it signs nothing itself.
  if (stamp)
    return (
      <li className="break-words">
        <p className="font-medium">{t("timestampTitle", { name })}</p>
        <p className="text-slate-600">{t("issuer", { issuer: s.issuer ?? "?" })}</p>
        <p className="text-slate-600">{t("timestampAt", { time: formatDateTime(s.signingTime ?? "") })}</p>
        <p className="text-slate-600">{t("timestampIntact")}</p>
        {trust}
      </li>
    );
  return (
    <li className="break-words">
      <p className="font-medium">{t("signer", { name })}</p>
      <p className="text-slate-600">{t("subject", { subject: s.signer ?? "?" })}</p>
      <p className="text-slate-600">{t("issuer", { issuer: s.issuer ?? "?" })}</p>
      <p className="text-slate-600">{s.signingTime ? t("signedAt", { time: formatDateTime(s.signingTime) }) : t("noTime")}</p>
      {s.timestamp && (
        <p className="text-slate-600">{t("signatureTimestamp", { time: formatDateTime(s.timestamp.time), authority: s.timestamp.authority ?? "?" })}</p>
      )}
      <p className="text-slate-600">{t(s.coversWholeFile ? "intact" : s.ltvAfter ? "ltvAfter" : "revision")}</p>
      {trust}
      {/* Copies filed before revocation was read have no such line. */}
      {s.revocation && <p className="text-slate-600">{revocationLine(t, s.revocation)}</p>}
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
