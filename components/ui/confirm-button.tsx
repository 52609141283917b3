"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

type Props = {
  action: (input: never) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  /** A fuller name for screen readers when several such buttons share one label (say, "Bỏ" on every row). */
  ariaLabel?: string;
  title: string;
  message: string;
  confirmLabel?: string;
  variant?: "danger" | "primary" | "secondary";
  redirectTo?: string;
};

// Destructive or irreversible steps ask first, in a real modal dialog.
export function ConfirmButton({ action, input, label, ariaLabel, title, message, confirmLabel, variant = "danger", redirectTo }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const res = await action(input as never);
      if (!res.ok) {
        setError(t(res.error, res.params));
        return;
      }
      dialog.current?.close();
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    });
  }

  return (
    <>
      <button type="button" className={buttonClass(variant)} aria-label={ariaLabel} onClick={() => (setError(null), dialog.current?.showModal())}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-slate-700">{message}</p>
          {error && <Alert tone="error">{error}</Alert>}
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              {t("common.cancel")}
            </button>
            <button type="button" className={buttonClass(variant === "secondary" ? "primary" : variant)} disabled={pending} onClick={confirm}>
              {pending ? t("common.saving") : (confirmLabel ?? t("common.confirm"))}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
