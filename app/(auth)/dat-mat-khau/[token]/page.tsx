import { getTranslations } from "next-intl/server";
import { getCouncilSettings } from "@/lib/council/queries";
import { findUsableLink } from "@/lib/users/accounts/queries";
import { SetPasswordPanel } from "@/components/accounts/set-password-panel";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts"))("set.title") };
}

// Public (signed out): the link's token is the only key, checked here and again by the action.
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, council, link] = await Promise.all([getTranslations(), getCouncilSettings(), findUsableLink(token)]);
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-b from-brand-800 to-brand-900 px-4">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl">
        <p className="text-xs font-medium uppercase tracking-wide text-brand-700">{council.councilName}</p>
        <h1 className="mt-1 text-xl font-semibold text-slate-900">{link ? t("accounts.set.title") : t("accounts.set.invalidTitle")}</h1>
        <SetPasswordPanel token={token} account={link && { name: link.name, username: link.username }} />
      </div>
    </main>
  );
}
