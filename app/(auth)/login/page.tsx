import { redirect } from "next/navigation";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { getCouncilSettings } from "@/lib/council/queries";
import { LoginForm } from "@/components/auth/login-form";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage() {
  if (await getSession()) redirect("/");
  const t = await getTranslations();
  const council = await getCouncilSettings();
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-800 to-brand-900 px-4">
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-xl">
        <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{council.councilName}</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{t("app.name")}</h1>
        <p className="mb-5 mt-1 text-sm text-slate-600">{t("auth.intro")}</p>
        <Suspense>
          <LoginForm />
        </Suspense>
      </div>
    </main>
  );
}
