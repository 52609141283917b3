"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";
import type { DocumentKind } from "@/lib/documents/kinds";
import { takeDocumentNumberAction } from "@/lib/documents/actions";

type Labels = { label: string; hint: string; take: string; saved: string };

/** Blank takes the next number in the issuer's register; a typed one is checked against it. */
export function DocumentNumberForm({ kind, subjectId, value, labels }: { kind: DocumentKind; subjectId: string; value: number | null; labels: Labels }) {
  return (
    <ActionForm action={takeDocumentNumberAction} extra={{ kind, subjectId }} successMessage={labels.saved} className="flex flex-wrap items-end gap-2">
      <TextField
        name="number"
        label={labels.label}
        hint={labels.hint}
        defaultValue={value === null ? "" : String(value).padStart(2, "0")}
        inputMode="numeric"
        className="w-full max-w-md"
      />
      <SubmitButton>{labels.take}</SubmitButton>
    </ActionForm>
  );
}
