"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormContext } from "@/components/ui/form-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { numberFieldsValid } from "@/components/ui/number-field";
import { ActionAlert, useAction } from "@/components/ui/use-action";

// FormData → plain object; repeated names and names ending in [] become arrays.
function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawName, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const isList = rawName.endsWith("[]");
    const name = isList ? rawName.slice(0, -2) : rawName;
    const current = out[name];
    if (isList) out[name] = [...((current as string[] | undefined) ?? []), value];
    else if (current === undefined) out[name] = value;
    else out[name] = Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}

type Props<T> = {
  action: (input: never) => Promise<ActionResult<T>>;
  children: React.ReactNode;
  // Fixed values sent with the form (ids of the parent, etc.).
  extra?: Record<string, unknown>;
  // Where to go on success; ":id" is replaced by the returned id.
  redirectTo?: string;
  successMessage?: string;
  resetOnSuccess?: boolean;
  className?: string;
  /**
   * For a create that may answer { duplicate } (lib/actions/same-name.ts): the key of the
   * warning, worded with the existing record's name and code. The form then offers to create
   * anyway, sending the same fields with confirm.
   */
  sameNameWarning?: string;
  /**
   * Takes over from redirectTo / refresh after a successful save: to show an answer once in place
   * (a set-password link, say), or to close an inline edit form (which then refreshes itself).
   */
  onSuccess?: (data: T) => void;
};

type Duplicate = { duplicate: { name: string; code: string } };
const isDuplicate = (data: unknown): data is Duplicate => typeof data === "object" && data !== null && "duplicate" in data;

export function ActionForm<T>({ action, children, extra, redirectTo, successMessage, resetOnSuccess, onSuccess, className, sameNameWarning }: Props<T>) {
  const t = useTranslations();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  // The form routes by itself: an answer asking to confirm a same-name create is no success yet.
  const submit = useAction(action as (input: unknown) => Promise<ActionResult<T>>, {
    fieldsShown: true,
    refresh: false,
    successMessage: (data) => (successMessage && !redirectTo && !isDuplicate(data) ? successMessage : null),
  });

  function send(form: HTMLFormElement, confirm?: boolean) {
    const input = { ...formToObject(new FormData(form)), ...extra, ...(confirm ? { confirm: "true" } : {}) };
    submit.run(input, {
      onSuccess: (data) => {
        if (isDuplicate(data)) return;
        if (resetOnSuccess) form.reset();
        if (onSuccess) {
          onSuccess(data);
        } else if (redirectTo) {
          const id = (data as { id?: string } | undefined)?.id ?? "";
          router.push(redirectTo.replace(":id", id));
        } else {
          router.refresh();
        }
      },
    });
  }

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!numberFieldsValid(form)) return; // each refused field shows its own message
    send(form);
  }

  const { result, pending } = submit;
  const duplicate = result?.ok && isDuplicate(result.data) ? result.data.duplicate : null;
  return (
    <FormContext.Provider value={{ errors: submit.fieldErrors, pending }}>
      <form ref={formRef} onSubmit={onSubmit} className={className ?? "space-y-4"} noValidate>
        <ActionAlert state={submit} />
        {duplicate && sameNameWarning && (
          <Alert tone="warning">
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span>{t(sameNameWarning, { name: duplicate.name, code: duplicate.code })}</span>
              <Button variant="secondary" disabled={pending} onClick={() => formRef.current && send(formRef.current, true)}>
                {t("common.createAnyway")}
              </Button>
            </span>
          </Alert>
        )}
        {children}
      </form>
    </FormContext.Provider>
  );
}
