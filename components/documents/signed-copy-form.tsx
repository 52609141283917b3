"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/lib/attachments/file-types";
import type { DocumentKind } from "@/lib/documents/kinds";
import { uploadSignedCopyAction } from "@/lib/signed-copies/actions";
import { SIGNED_COPY_EXTENSIONS } from "@/lib/signed-copies/schemas";

/** Picks the signed copy (a scan, or a digitally signed PDF) and files it; the server verifies and says why it refuses. */
export function SignedCopyForm({ kind, subjectId, what }: { kind: DocumentKind; subjectId: string; what: string }) {
  const t = useTranslations();
  const uploading = useAction(uploadSignedCopyAction, { failedMessage: t("attachments.errors.uploadFailed") });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return uploading.refuse(t("attachments.errors.noFile"));
    if (file.size > MAX_ATTACHMENT_BYTES) return uploading.refuse(t("attachments.errors.tooLarge", { max: MAX_ATTACHMENT_MB }));
    const data = new FormData(form);
    data.set("kind", kind);
    data.set("subjectId", subjectId);
    uploading.run(data, {
      successMessage: (r) => t(r.verdict === "VALID" ? "signedCopies.uploadedSigned" : "signedCopies.uploadedScan", { name: file.name }),
      onSuccess: () => form.reset(),
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <ActionAlert state={uploading} />
      <FileField
        name="file"
        label={t("signedCopies.choose", { what })}
        hint={t("signedCopies.hint", { max: MAX_ATTACHMENT_MB })}
        accept={SIGNED_COPY_EXTENSIONS.map((e) => `.${e}`).join(",")}
      />
      <button type="submit" className={buttonClass("primary")} disabled={uploading.pending}>
        {uploading.pending ? t("signedCopies.uploading") : t("signedCopies.upload")}
      </button>
    </form>
  );
}
