"use client";

import { useEffect, useState } from "react";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

const HEALTH_POLL_MS = 10_000;

async function databaseReachable(): Promise<boolean> {
  try {
    return (await fetch("/api/health", { cache: "no-store" })).ok;
  } catch {
    return false;
  }
}

// Shown for any unexpected server error, never with the error's details. In production the
// browser only gets a digest, so the page asks /api/health whether the database is the cause:
// if so it says so plainly, and retries by itself as soon as the database answers again.
export default function ErrorPage({ retry }: { error: Error; retry: () => void }) {
  const t = useTranslations("errors");
  const [databaseDown, setDatabaseDown] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function check(wasDown: boolean) {
      const up = await databaseReachable();
      if (cancelled) return;
      if (up && wasDown) return retry();
      setDatabaseDown(!up);
      if (!up) timer = setTimeout(() => void check(true), HEALTH_POLL_MS);
    }
    void check(false);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [retry]);

  return (
    <main className="mx-auto max-w-lg px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{databaseDown ? t("databaseDownTitle") : t("pageError")}</h1>
      <p className="mt-2 text-slate-600" role={databaseDown ? "alert" : undefined}>
        {databaseDown ? t("databaseDown") : t("pageErrorHint")}
      </p>
      <div className="mt-6 flex justify-center gap-2">
        <button type="button" onClick={retry} className={buttonClass("primary")}>
          {t("retry")}
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          {t("goHome")}
        </Link>
      </div>
    </main>
  );
}
