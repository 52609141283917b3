"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

// Shown for any unexpected server error (a database that is down, say): a plain
// message and a retry, never the error's details.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main className="mx-auto max-w-lg px-4 py-20 text-center">
      <h1 className="text-2xl font-semibold">{t("pageError")}</h1>
      <p className="mt-2 text-slate-600">{t("pageErrorHint")}</p>
      <div className="mt-6 flex justify-center gap-2">
        <button type="button" onClick={reset} className={buttonClass("primary")}>
          {t("retry")}
        </button>
        <Link href="/" className={buttonClass("secondary")}>
          {t("goHome")}
        </Link>
      </div>
    </main>
  );
}
