"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { safeCallbackPath } from "@/lib/security/callback-url";
import type { ActionResult } from "@/lib/actions/result";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/control";
import { ActionAlert, useAction } from "@/components/ui/use-action";

const input = controlClass();

export function LoginForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const params = useSearchParams();

  // next-auth's sign-in answered as an action result, so the form shows it like any action's.
  // lib/auth/options.ts answers "RATE_LIMITED:<seconds>" while the account or address must wait.
  async function signInWithPassword(credentials: { username: string; password: string }): Promise<ActionResult> {
    const res = await signIn("credentials", { ...credentials, redirect: false });
    if (res?.ok && !res.error) return { ok: true, data: undefined };
    const [kind, seconds] = (res?.error ?? "").split(":");
    if (kind === "RATE_LIMITED") {
      const s = Number(seconds) || 60;
      return {
        ok: false,
        error: "auth.errors.rateLimited",
        params: { wait: s < 60 ? t("errors.seconds", { n: s }) : t("errors.minutes", { n: Math.ceil(s / 60) }) },
      };
    }
    return { ok: false, error: kind === "DATABASE_DOWN" ? "auth.errors.databaseDown" : "auth.errors.invalid" };
  }
  const signingIn = useAction(signInWithPassword, {
    refresh: false,
    onSuccess: () => {
      router.push(safeCallbackPath(params.get("callbackUrl")));
      router.refresh();
    },
  });

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) return signingIn.refuse(t("errors.missing"));
    signingIn.run({ username, password });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <ActionAlert state={signingIn} />
      <div>
        <label htmlFor="username" className="block text-sm font-medium text-slate-800">
          {t("username")}
        </label>
        <input id="username" name="username" autoComplete="username" required className={input} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={input} />
      </div>
      <button type="submit" disabled={signingIn.pending} className={buttonClass("primary", "w-full")}>
        {signingIn.pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
