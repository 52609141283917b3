import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { accountsWithoutPassword } from "@/lib/users/accounts/queries";
import { requireSession } from "@/lib/auth/session";
import { sortByVi } from "@/lib/format/vi";
import { canManageUsers } from "@/lib/users/policy";
import { listUsers } from "@/lib/users/queries";
import { parseTableQuery } from "@/components/ui/data-table";
import { OnboardingLink } from "@/components/onboarding/onboarding-link";
import { UsersView } from "@/components/users/users-view";

export async function generateMetadata() {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!canManageUsers(session)) notFound();
  const query = parseTableQuery(await searchParams);
  const [users, noPassword] = await Promise.all([listUsers(session, { q: query.q }), accountsWithoutPassword(session)]);
  return (
    <UsersView users={sortByVi(users, (u) => u.name)} noPassword={noPassword} query={query} onboarding={<OnboardingLink session={session} kind="accounts" />} />
  );
}
