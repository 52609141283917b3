"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextField } from "@/components/ui/fields";
import type { DocumentKind } from "@/lib/documents/kinds";
import { setDocumentDateAction } from "@/lib/documents/actions";

type Labels = { label: string; hint: string; placeholder: string; save: string; saved: string };

/** dd/MM/yyyy typed by hand; blank goes back to the act's own date. */
export function DocumentDateForm({ kind, subjectId, value, labels }: { kind: DocumentKind; subjectId: string; value: string; labels: Labels }) {
  return (
    <ActionForm action={setDocumentDateAction} extra={{ kind, subjectId }} successMessage={labels.saved} className="flex flex-wrap items-end gap-2">
      <TextField
        name="date"
        label={labels.label}
        hint={labels.hint}
        placeholder={labels.placeholder}
        defaultValue={value}
        inputMode="numeric"
        autoComplete="off"
        className="w-full max-w-md"
      />
      <SubmitButton>{labels.save}</SubmitButton>
    </ActionForm>
  );
}
