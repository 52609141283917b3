"use client";

import { useTranslations } from "next-intl";
import { FilePicker } from "@/components/ui/file-field";
import { ActionAlert, useAction } from "@/components/ui/use-action";
import { deleteExplanationEvidenceAction, uploadExplanationEvidenceAction } from "@/lib/evidence/actions";

/**
 * The files attached to a unit's answer to review: links for whoever sees the sheet (the reviewer
 * reads them before deciding), and adding or removing them for the unit while it may change its answer.
 */
export function AnswerEvidence({
  sheetId,
  leafCode,
  files,
  canAttach,
}: {
  sheetId: string;
  leafCode: string;
  files: { id: string; fileName: string }[];
  canAttach: boolean;
}) {
  const t = useTranslations("explanations");
  const uploading = useAction(uploadExplanationEvidenceAction);
  const removing = useAction(deleteExplanationEvidenceAction);
  const pending = uploading.pending || removing.pending;
  if (files.length === 0 && !canAttach) return null;

  function upload(event: React.ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.set("sheetId", sheetId);
    form.set("leafCode", leafCode);
    form.set("file", file);
    removing.clear();
    uploading.run(form);
    event.target.value = "";
  }

  return (
    <div className="text-xs">
      <p className="font-medium text-slate-700">{t("evidence.title", { count: files.length })}</p>
      <ul>
        {files.map((f) => (
          <li key={f.id} className="flex items-center gap-1">
            <a href={`/api/files/${f.id}`} className="break-all text-sky-800 underline">
              {f.fileName}
            </a>
            {canAttach && (
              <button
                type="button"
                disabled={pending}
                onClick={() => (uploading.clear(), removing.run({ attachmentId: f.id }))}
                className="text-brand-700"
                aria-label={t("evidence.remove", { file: f.fileName })}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {canAttach && (
        <FilePicker
          small
          showStatus={false}
          buttonText={t("evidence.upload")}
          disabled={pending}
          onChange={upload}
          aria-label={t("evidence.uploadFor", { leaf: leafCode })}
          className="mt-1"
        />
      )}
      <ActionAlert state={uploading} inline />
      <ActionAlert state={removing} inline />
    </div>
  );
}
