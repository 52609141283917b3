"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { FileField } from "@/components/ui/file-field";
import { uploadAttachmentAction } from "@/lib/attachments/actions";
import { ACCEPT_ATTRIBUTE, ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/lib/attachments/file-types";
import type { ActionResult } from "@/lib/actions/result";

type Message = { tone: "error" | "success"; text: string };

type Props = {
  ownerType?: string;
  ownerId: string;
  /** A domain's own upload action taking ownerId and file (a library document's, say); by default a conference's or activity's. */
  action?: (form: FormData) => Promise<ActionResult<unknown>>;
};

/** Picks one file and uploads it; the server checks size and type again and says why it refuses. */
export function UploadForm({ ownerType, ownerId, action = uploadAttachmentAction }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<Message | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const file = (form.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
    if (!file) return setMessage({ tone: "error", text: t("attachments.errors.noFile") });
    // Saves sending 10 MB only to be refused; the server checks regardless.
    if (file.size > MAX_ATTACHMENT_BYTES) return setMessage({ tone: "error", text: t("attachments.errors.tooLarge", { max: MAX_ATTACHMENT_MB }) });
    const data = new FormData(form);
    if (ownerType) data.set("ownerType", ownerType);
    data.set("ownerId", ownerId);
    startTransition(async () => {
      try {
        const res = await action(data);
        if (!res.ok) {
          const fieldError = res.fieldErrors?.file;
          setMessage({ tone: "error", text: fieldError ? t(fieldError.key, fieldError.params) : t(res.error, res.params) });
          return;
        }
        form.reset();
        setMessage({ tone: "success", text: t("attachments.uploaded", { name: file.name }) });
        router.refresh();
      } catch {
        // The request itself failed (connection lost, body refused by the server).
        setMessage({ tone: "error", text: t("attachments.errors.uploadFailed") });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <FileField
        name="file"
        label={t("attachments.choose")}
        hint={t("attachments.hint", { max: MAX_ATTACHMENT_MB, types: ALLOWED_EXTENSIONS.join(", ") })}
        accept={ACCEPT_ATTRIBUTE}
      />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("attachments.uploading") : t("attachments.upload")}
      </button>
    </form>
  );
}
