"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult, FieldError } from "@/lib/actions/result";
import { Alert } from "@/components/ui/alert";

// The one way a client component runs a server action and shows its answer (docs/conventions.md,
// "Running an action"): ActionForm, ConfirmButton and every button that calls an action use it.

export type ActionOptions<T> = {
  /** Said once the action succeeds; a function words it from the answer (null: nothing to say). */
  successMessage?: string | ((data: T) => string | null);
  /** Called with the answer on success, before the redirect or refresh. */
  onSuccess?: (data: T) => void;
  /** Where to go on success (":id" is replaced by the returned id); otherwise the page is refreshed. */
  redirectTo?: string;
  /** false: the page stays as it is (the caller shows the answer itself). */
  refresh?: boolean;
  /**
   * The form shows each field's error beside it (ActionForm), so the message is the action's own
   * ("check the marked fields"). Otherwise the first field's message is said, since it names the
   * problem and there is no field to mark.
   */
  fieldsShown?: boolean;
  /** Said when the request itself fails (connection lost, body refused by the server). */
  failedMessage?: string;
};

export type ActionFeedback = { tone: "error" | "success"; text: string };

export type ActionState<T> = {
  pending: boolean;
  /** The last answer; null before the first run and after `clear`. */
  result: ActionResult<T> | null;
  feedback: ActionFeedback | null;
  fieldErrors: Record<string, FieldError> | undefined;
};

export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, options: ActionOptions<T> = {}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<{ result: ActionResult<T> | null; feedback: ActionFeedback | null }>({ result: null, feedback: null });

  const firstFieldError = (errors: Record<string, FieldError> | undefined) => {
    const first = errors && Object.values(errors)[0];
    return first ? t(first.key, first.params) : null;
  };

  /** Runs the action; `once` overrides the hook's options for this run (a message naming the file sent, say). */
  function run(input: I, once: ActionOptions<T> = {}) {
    const o = { ...options, ...once };
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(input);
      } catch {
        setAnswer({ result: null, feedback: { tone: "error", text: o.failedMessage ?? t("errors.requestFailed") } });
        return;
      }
      if (!result.ok) {
        const text = (!o.fieldsShown && firstFieldError(result.fieldErrors)) || t(result.error, result.params);
        setAnswer({ result, feedback: { tone: "error", text } });
        return;
      }
      const success = typeof o.successMessage === "function" ? o.successMessage(result.data) : (o.successMessage ?? null);
      setAnswer({ result, feedback: success ? { tone: "success", text: success } : null });
      o.onSuccess?.(result.data);
      if (o.redirectTo) router.push(o.redirectTo.replace(":id", (result.data as { id?: string } | undefined)?.id ?? ""));
      else if (o.refresh !== false) router.refresh();
    });
  }

  const state: ActionState<T> = {
    pending,
    result: answer.result,
    feedback: answer.feedback,
    fieldErrors: answer.result && !answer.result.ok ? answer.result.fieldErrors : undefined,
  };
  return {
    ...state,
    run,
    /** Refuses before sending (a missing file, say), shown like the action's own refusal. */
    refuse: (text: string) => setAnswer({ result: null, feedback: { tone: "error", text } }),
    clear: () => setAnswer({ result: null, feedback: null }),
  };
}

/**
 * The answer of `useAction`: its error or its success message, where the component puts it.
 * `inline`: one short line, for a control inside a table cell.
 */
export function ActionAlert({ state, inline = false }: { state: Pick<ActionState<unknown>, "feedback">; inline?: boolean }) {
  const { feedback } = state;
  if (!feedback) return null;
  if (!inline) return <Alert tone={feedback.tone}>{feedback.text}</Alert>;
  return (
    <p role="status" aria-live="polite" className={feedback.tone === "error" ? "text-xs font-medium text-brand-700" : "text-xs text-emerald-800"}>
      {feedback.text}
    </p>
  );
}
