import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/session";
import { parseAuditFilters } from "@/lib/audit/filters";
import { canViewAudit } from "@/lib/audit/policy";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/queries";
import { AuditView } from "@/components/audit/audit-view";

export async function generateMetadata() {
  return { title: (await getTranslations("audit"))("title") };
}

// Each reader sees the entries of the blocs their pages show (lib/audit/policy.ts, docs/SECURITY.md).
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await requireSession();
  if (!canViewAudit(session)) notFound();
  const filters = parseAuditFilters(await searchParams);
  const [page, options] = await Promise.all([listAuditEntries(session, filters), auditFilterOptions(session)]);
  return <AuditView filters={filters} page={page} options={options} />;
}
