"use client";

import { ActionForm } from "@/components/ui/action-form";
import { DateField } from "@/components/ui/date-field";
import { SubmitButton } from "@/components/ui/fields";
import type { DocumentKind } from "@/lib/documents/kinds";
import { setDocumentDateAction } from "@/lib/documents/actions";

type Labels = { label: string; hint: string; save: string; saved: string };

/** Typed as dd/MM/yyyy or picked, never after today; blank goes back to the act's own date. */
export function DocumentDateForm({ kind, subjectId, value, labels }: { kind: DocumentKind; subjectId: string; value: Date | null; labels: Labels }) {
  return (
    <ActionForm action={setDocumentDateAction} extra={{ kind, subjectId }} successMessage={labels.saved} className="flex flex-wrap items-end gap-2">
      <DateField name="date" label={labels.label} hint={labels.hint} defaultValue={value} max={new Date()} className="w-full max-w-md" />
      <SubmitButton>{labels.save}</SubmitButton>
    </ActionForm>
  );
}
