"use client";

import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { safeCallbackPath } from "@/lib/security/callback-url";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { controlClass } from "@/components/ui/control";

const input = controlClass();

export function LoginForm() {
  const t = useTranslations("auth");
  // lib/auth/options.ts answers "RATE_LIMITED:<seconds>" while the account or address must wait.
  function signInError(code: string | null | undefined) {
    const [kind, seconds] = (code ?? "").split(":");
    if (kind === "RATE_LIMITED") {
      const s = Number(seconds) || 60;
      return t("errors.rateLimited", { wait: s < 60 ? t("errors.seconds", { n: s }) : t("errors.minutes", { n: Math.ceil(s / 60) }) });
    }
    return kind === "DATABASE_DOWN" ? t("errors.databaseDown") : t("errors.invalid");
  }
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get("username") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!username || !password) {
      setError(t("errors.missing"));
      return;
    }
    startTransition(async () => {
      const res = await signIn("credentials", { username, password, redirect: false });
      if (res?.ok && !res.error) {
        router.push(safeCallbackPath(params.get("callbackUrl")));
        router.refresh();
        return;
      }
      setError(signInError(res?.error));
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error && <Alert tone="error">{error}</Alert>}
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
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? t("signingIn") : t("signIn")}
      </button>
    </form>
  );
}
