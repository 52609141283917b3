"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormContext } from "@/components/ui/form-context";
import { Alert } from "@/components/ui/alert";
import { numberFieldsValid } from "@/components/ui/number-field";

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
};

export function ActionForm<T>({ action, children, extra, redirectTo, successMessage, resetOnSuccess, className }: Props<T>) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!numberFieldsValid(form)) return; // each refused field shows its own message
    const input = { ...formToObject(new FormData(form)), ...extra };
    startTransition(async () => {
      const res = await action(input as never);
      setResult(res);
      if (!res.ok) return;
      if (resetOnSuccess) form.reset();
      if (redirectTo) {
        const id = (res.data as { id?: string } | undefined)?.id ?? "";
        router.push(redirectTo.replace(":id", id));
      } else {
        router.refresh();
      }
    });
  }

  const errors = result && !result.ok ? result.fieldErrors : undefined;
  return (
    <FormContext.Provider value={{ errors, pending }}>
      <form onSubmit={onSubmit} className={className ?? "space-y-4"} noValidate>
        {result && !result.ok && <Alert tone="error">{t(result.error, result.params)}</Alert>}
        {result?.ok && successMessage && !redirectTo && <Alert tone="success">{successMessage}</Alert>}
        {children}
      </form>
    </FormContext.Provider>
  );
}
