"use client";

import { useTranslations } from "next-intl";
import { FilePicker } from "@/components/ui/file-field";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { deleteEvidenceAction, uploadEvidenceAction } from "@/lib/evidence/actions";

/** A leaf's evidence files on a sheet: count, links, and (for the unit while editing) upload and removal. */
export function EvidenceCell({
  sheetId,
  code,
  files,
  required,
  canUpload,
}: {
  sheetId: string | null;
  code: string;
  files: { id: string; fileName: string }[];
  required: boolean;
  canUpload: boolean;
}) {
  const t = useTranslations();
  // One message for both: the last answer replaces the other's.
  const uploading = useAction(uploadEvidenceAction);
  const removing = useAction(deleteEvidenceAction);
  const pending = uploading.pending || removing.pending;

  function upload(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file || !sheetId) return;
    const form = new FormData();
    form.set("sheetId", sheetId);
    form.set("code", code);
    form.set("file", file);
    removing.clear();
    uploading.run(form);
    event.target.value = "";
  }

  function remove(attachmentId: string) {
    uploading.clear();
    removing.run({ attachmentId });
  }

  return (
    <div className="min-w-40 text-xs">
      <span className={required && files.length === 0 ? "font-medium text-brand-700" : "text-slate-600"}>
        {t("scoring.evidence.count", { count: files.length })}
        {required && ` · ${t("scoring.evidence.required")}`}
      </span>
      <ul>
        {files.map((f) => (
          <li key={f.id} className="flex items-center gap-1">
            <a href={`/api/files/${f.id}`} className="text-sky-800 underline">
              {f.fileName}
            </a>
            {canUpload && (
              <button
                type="button"
                disabled={pending}
                onClick={() => remove(f.id)}
                className="text-brand-700"
                aria-label={t("scoring.evidence.remove", { file: f.fileName })}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canUpload && (
        <FilePicker
          small
          showStatus={false}
          buttonText={t("scoring.evidence.upload")}
          disabled={pending}
          onChange={upload}
          aria-label={t("scoring.evidence.uploadFor", { leaf: code })}
          className="mt-1"
        />
      )}
      <ActionAlert state={uploading} inline />
      <ActionAlert state={removing} inline />
    </div>
  );
}
