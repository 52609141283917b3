"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { buttonClass } from "@/components/ui/button";
import { ActionAlert, useAction } from "@/components/ui/use-action";

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
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const confirm = useAction(action as (input: Record<string, unknown>) => Promise<ActionResult<unknown>>, {
    redirectTo,
    onSuccess: () => dialog.current?.close(),
  });

  return (
    <>
      <button type="button" className={buttonClass(variant)} aria-label={ariaLabel} onClick={() => (confirm.clear(), dialog.current?.showModal())}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="space-y-3 p-5">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          <p className="text-sm text-slate-700">{message}</p>
          <ActionAlert state={confirm} />
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
              {t("common.cancel")}
            </button>
            <button
              type="button"
              className={buttonClass(variant === "secondary" ? "primary" : variant)}
              disabled={confirm.pending}
              onClick={() => confirm.run(input)}
            >
              {confirm.pending ? t("common.saving") : (confirmLabel ?? t("common.confirm"))}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
