import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { listAuditEntries } from "@/lib/audit/queries";
import { formatDateTime } from "@/lib/format/vi";
import { DataTable, type Column } from "@/components/ui/data-table";
import { auditLabels } from "@/components/audit/labels";

type Row = Awaited<ReturnType<typeof listAuditEntries>>["rows"][number];

const ENTITY_PATHS: Record<string, string> = { User: "/users", Unit: "/units", Bloc: "/blocs" };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// The top-level fields whose value differs, so a reader sees at a glance what an update touched.
function changedKeys(before: unknown, after: unknown): string[] {
  if (!isObject(before) || !isObject(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => k !== "updatedAt" && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0 flex-1">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</p>
      <pre className="mt-1 max-h-80 overflow-auto rounded bg-slate-50 p-2 text-xs leading-relaxed text-slate-800">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}

export async function AuditTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations("audit");
  const labels = await auditLabels();
  const columns: Column<Row>[] = [
    { key: "at", label: t("columns.at"), render: (r) => <span className="whitespace-nowrap tabular-nums">{formatDateTime(r.at)}</span> },
    { key: "user", label: t("columns.user"), render: (r) => r.userName ?? <span className="text-slate-600">{t("system")}</span> },
    {
      key: "action",
      label: t("columns.action"),
      render: (r) => <span title={r.action}>{labels.action(r.action)}</span>,
    },
    {
      key: "entity",
      label: t("columns.entity"),
      render: (r) => {
        const base = ENTITY_PATHS[r.entityType];
        return (
          <div>
            <div>{labels.entity(r.entityType)}</div>
            {r.entityId &&
              (base ? (
                <Link href={`${base}/${encodeURIComponent(r.entityId)}`} className="font-mono text-xs text-sky-800 hover:underline">
                  {r.entityId}
                </Link>
              ) : (
                <span className="font-mono text-xs text-slate-600">{r.entityId}</span>
              ))}
          </div>
        );
      },
    },
    {
      key: "details",
      label: t("columns.details"),
      className: "w-full",
      render: (r) => {
        if (r.before == null && r.after == null) return <span className="text-slate-600">—</span>;
        const changed = changedKeys(r.before, r.after);
        return (
          <details>
            <summary className="cursor-pointer text-sky-800">{changed.length > 0 ? t("changed", { fields: changed.join(", ") }) : t("showData")}</summary>
            <div className="mt-2 flex flex-col gap-2 xl:flex-row">
              {r.before != null && <Json label={t("before")} value={r.before} />}
              {r.after != null && <Json label={t("after")} value={r.after} />}
            </div>
          </details>
        );
      },
    },
  ];
  return <DataTable rows={rows} columns={columns} rowKey={(r) => r.id} query={{}} basePath="/audit" caption={t("title")} />;
}
