"use client";

import { signOut } from "next-auth/react";
import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="inline-flex items-center gap-1 rounded-md px-2 py-1 text-sm text-white/90 hover:bg-white/10"
    >
      <LogOut aria-hidden className="h-4 w-4" />
      {t("signOut")}
    </button>
  );
}
