"use client";

import { LogOut } from "lucide-react";
import { useTranslations } from "next-intl";

// next-auth's own sign-out flow (its CSRF token, then POST /api/auth/signout), written out here:
// importing next-auth/react put about 14 kB of gzipped JavaScript on every page for one button.
async function signOut() {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  // A full load, not router.push: nothing the signed-out user saw stays in the client's router cache.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.href = "/login";
}

export function SignOutButton() {
  const t = useTranslations("auth");
  return (
    <button
      type="button"
      onClick={() => void signOut()}
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-md px-2 py-1 text-sm text-white/90 hover:bg-white/10"
    >
      <LogOut aria-hidden className="h-4 w-4" />
      {t("signOut")}
    </button>
  );
}
