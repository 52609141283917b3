"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

// Vietnamese is the default; English is offered second. The choice is a cookie read by i18n/request.ts.
export function LanguageSwitch() {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const other = locale === "vi" ? "en" : "vi";
  function switchTo() {
    document.cookie = `NEXT_LOCALE=${other}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }
  return (
    <button type="button" onClick={switchTo} lang={other} className="rounded-md px-2 py-1 text-sm text-white/90 hover:bg-white/10">
      {t("otherLanguage")}
    </button>
  );
}
