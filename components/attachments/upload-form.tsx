"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { uploadAttachmentAction } from "@/lib/attachments/actions";
import { ACCEPT_ATTRIBUTE, ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/lib/attachments/file-types";
import type { OwnerType } from "@/lib/attachments/schemas";

/** Picks one file and uploads it; the server checks size and type again and says why it refuses. */
export function UploadForm({ ownerType, ownerId }: { ownerType: OwnerType; ownerId: string }) {
  const t = useTranslations();
  const uploading = useAction(uploadAttachmentAction, { failedMessage: t("attachments.errors.uploadFailed") });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return uploading.refuse(t("attachments.errors.noFile"));
    // Saves sending 10 MB only to be refused; the server checks regardless.
    if (file.size > MAX_ATTACHMENT_BYTES) return uploading.refuse(t("attachments.errors.tooLarge", { max: MAX_ATTACHMENT_MB }));
    const data = new FormData(form);
    data.set("ownerType", ownerType);
    data.set("ownerId", ownerId);
    uploading.run(data, { successMessage: t("attachments.uploaded", { name: file.name }), onSuccess: () => form.reset() });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <ActionAlert state={uploading} />
      <FileField
        name="file"
        label={t("attachments.choose")}
        hint={t("attachments.hint", { max: MAX_ATTACHMENT_MB, types: ALLOWED_EXTENSIONS.join(", ") })}
        accept={ACCEPT_ATTRIBUTE}
      />
      <button type="submit" className={buttonClass("primary")} disabled={uploading.pending}>
        {uploading.pending ? t("attachments.uploading") : t("attachments.upload")}
      </button>
    </form>
  );
}
