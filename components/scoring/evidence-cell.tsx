"use client";

import type { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteEvidenceAction, uploadEvidenceAction } from "@/lib/evidence/actions";
import { template } from "@/lib/i18n/template";
import { ActionAlert, useAction } from "@/components/ui/use-action";

type Translate = ReturnType<typeof useTranslations>;

/**
 * The grid's evidence uploads and removals: one pair of actions for the whole sheet, their
 * message shown in the row last acted on. Each row's cell is then plain markup with no state of
 * its own: at 66 rows, per-row hooks were a large share of the sheet's server rendering.
 */
export function useEvidence(sheetId: string | null) {
  const uploading = useAction(uploadEvidenceAction);
  const removing = useAction(deleteEvidenceAction);
  const [code, setCode] = useState<string | null>(null);
  return {
    code,
    uploading,
    removing,
    pending: uploading.pending || removing.pending,
    upload(leaf: string, event: React.ChangeEvent<HTMLInputElement>) {
      const file = event.target.files?.[0];
      event.target.value = "";
      if (!file || !sheetId) return;
      const form = new FormData();
      form.set("sheetId", sheetId);
      form.set("code", leaf);
      form.set("file", file);
      setCode(leaf);
      removing.clear();
      uploading.run(form);
    },
    remove(leaf: string, attachmentId: string) {
      setCode(leaf);
      uploading.clear();
      removing.run({ attachmentId });
    },
  };
}

type Evidence = ReturnType<typeof useEvidence>;

/** The cells' words, translated once per grid (lib/i18n/template.ts); counts as they come. */
export function evidenceText(t: Translate) {
  const counts = new Map<number, string>();
  return {
    count: (n: number) => counts.get(n) ?? counts.set(n, t("scoring.evidence.count", { count: n })).get(n)!,
    required: t("scoring.evidence.required"),
    upload: t("scoring.evidence.upload"),
    uploadFor: template(t, "scoring.evidence.uploadFor", "leaf"),
    remove: template(t, "scoring.evidence.remove", "file"),
  };
}

/** A leaf's evidence files on a sheet: count, links, and (for the unit while editing) upload and removal. */
export function EvidenceCell({
  text,
  evidence,
  code,
  files,
  required,
  canUpload,
}: {
  text: ReturnType<typeof evidenceText>;
  evidence: Evidence;
  code: string;
  files: { id: string; fileName: string }[];
  required: boolean;
  canUpload: boolean;
}) {
  return (
    <div className="min-w-40 text-xs">
      <span className={required && files.length === 0 ? "font-medium text-brand-700" : "text-slate-600"}>
        {text.count(files.length)}
        {required && ` · ${text.required}`}
      </span>
      {files.length > 0 && (
        <ul>
          {files.map((f) => (
            <li key={f.id} className="flex items-center gap-1">
              <a href={`/api/files/${f.id}`} className="text-sky-800 underline">
                {f.fileName}
              </a>
              {canUpload && (
                <button
                  type="button"
                  disabled={evidence.pending}
                  onClick={() => evidence.remove(code, f.id)}
                  className="text-brand-700"
                  aria-label={text.remove(f.fileName)}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canUpload && (
        // The file input itself is the control (named for its criterion); the label around it is
        // what the eye sees as the button.
        <label className="mt-1 block w-fit cursor-pointer rounded-md border border-slate-300 bg-white px-2 py-0.5 font-medium text-slate-800 shadow-sm hover:bg-slate-100 has-[:disabled]:opacity-60 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-sky-600 has-[:focus-visible]:ring-offset-1">
          <input
            type="file"
            className="sr-only"
            disabled={evidence.pending}
            onChange={(event) => evidence.upload(code, event)}
            aria-label={text.uploadFor(code)}
          />
          {text.upload}
        </label>
      )}
      {evidence.code === code && (
        <>
          <ActionAlert state={evidence.uploading} inline />
          <ActionAlert state={evidence.removing} inline />
        </>
      )}
    </div>
  );
}
