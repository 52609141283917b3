import { parseVietnamDate } from "@/lib/format/vi";

// The audit page's filters as read from its URL: pure, so the page and the loader share them.

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  entity?: string;
  entityId?: string;
  action?: string;
  user?: string;
  from?: string;
  to?: string;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => {
  const s = (Array.isArray(v) ? v[0] : v)?.trim().slice(0, 100);
  return s ? s : undefined;
};

/** dd/MM/yyyy (as people type it) or yyyy-MM-dd (as date pickers send it): the start of that day in Vietnam. */
export function parseDateInput(s: string | undefined): Date | null {
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return parseVietnamDate(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : s);
}

export function parseAuditFilters(params: Params): AuditFilters {
  const page = Number(one(params.page) ?? "1");
  return {
    entity: one(params.entity),
    entityId: one(params.entityId),
    action: one(params.action),
    user: one(params.user),
    from: one(params.from),
    to: one(params.to),
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  };
}

/** Date filters that were given but could not be read; the page says so instead of ignoring them silently. */
export function invalidDateFilters(filters: AuditFilters): ("from" | "to")[] {
  return (["from", "to"] as const).filter((k) => filters[k] && !parseDateInput(filters[k]));
}
