import { Link } from "@/components/ui/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { compareVi } from "@/lib/format/vi";
import { cn } from "@/components/ui/cn";
import { EmptyRow, Table, TBody, Td, Th, THead, Tr } from "@/components/ui/table";

export type Column<T> = {
  key: string;
  label: string;
  // Sortable columns give the value to sort on (Vietnamese collation for text).
  sortValue?: (row: T) => string | number | null;
  render: (row: T) => React.ReactNode;
  /** A column of numbers: right-aligned, tabular digits. */
  numeric?: boolean;
  /** Added to the column's cells (a minimum width, say); padding and alignment are the table's. */
  className?: string;
};

// `keep` holds the page's own filters (e.g. archived=1) so searching and sorting do not drop them.
export type TableQuery = { q?: string; sort?: string; dir?: "asc" | "desc"; keep?: Record<string, string> };

// Filters a sort link keeps: the registry's archived switch, the overview's year (?nam=).
const KEPT_FILTERS = ["archived", "nam"];

export function parseTableQuery(params: Record<string, string | string[] | undefined>): TableQuery {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const dir = one(params.dir);
  const keep = Object.fromEntries(KEPT_FILTERS.flatMap((k) => (one(params[k]) ? [[k, one(params[k])!.slice(0, 20)]] : [])));
  return { q: one(params.q)?.slice(0, 100), sort: one(params.sort), dir: dir === "desc" ? "desc" : "asc", keep };
}

export function sortRows<T>(rows: T[], columns: Column<T>[], query: TableQuery): T[] {
  const column = columns.find((c) => c.key === query.sort && c.sortValue);
  if (!column?.sortValue) return rows;
  const value = column.sortValue;
  const sign = query.dir === "desc" ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (typeof x === "number" && typeof y === "number" ? x - y : compareVi(String(x), String(y)));
  });
}

function sortHref(basePath: string, query: TableQuery, key: string) {
  const params = new URLSearchParams(query.keep);
  if (query.q) params.set("q", query.q);
  params.set("sort", key);
  params.set("dir", query.sort === key && query.dir === "asc" ? "desc" : "asc");
  return `${basePath}?${params}`;
}

export function DataTable<T>({
  rows,
  columns,
  rowKey,
  query,
  basePath,
  caption,
  empty,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  query: TableQuery;
  basePath: string;
  caption: string;
  /** Said in one row across the table when there are no rows. */
  empty?: string;
}) {
  // The first column (what names the row) keeps a readable width and stays in view while the
  // rest scrolls (docs/conventions.md, "Layout"); it follows the row's hover colour.
  const first = "sticky left-0 z-[1] min-w-36";
  return (
    <Table caption={caption} frame="card" stack={columns.map((c, i) => (i === 0 ? null : c.label))}>
      <THead>
        {columns.map((c, i) => {
          const active = query.sort === c.key;
          const Icon = active ? (query.dir === "desc" ? ArrowDown : ArrowUp) : ArrowUpDown;
          return (
            <Th
              key={c.key}
              numeric={c.numeric}
              className={cn(c.className, i === 0 && `${first} bg-slate-100`)}
              aria-sort={active ? (query.dir === "desc" ? "descending" : "ascending") : undefined}
            >
              {c.sortValue ? (
                <Link href={sortHref(basePath, query, c.key)} className="inline-flex items-center gap-1 hover:text-sky-800">
                  {c.label}
                  <Icon aria-hidden className="h-3.5 w-3.5" />
                </Link>
              ) : (
                c.label
              )}
            </Th>
          );
        })}
      </THead>
      <TBody>
        {rows.length === 0 && empty && <EmptyRow colSpan={columns.length}>{empty}</EmptyRow>}
        {rows.map((row) => (
          <Tr key={rowKey(row)} className="bg-white hover:bg-slate-50">
            {columns.map((c, i) => (
              <Td key={c.key} numeric={c.numeric} className={cn(c.className, i === 0 && `${first} bg-inherit`)}>
                {c.render(row)}
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function SearchBox({ basePath, query, label, placeholder }: { basePath: string; query: TableQuery; label: string; placeholder: string }) {
  return (
    <form action={basePath} method="get" role="search" className="flex gap-2">
      <label htmlFor="table-search" className="sr-only">
        {label}
      </label>
      <input
        id="table-search"
        name="q"
        type="search"
        defaultValue={query.q}
        placeholder={placeholder}
        className="w-64 max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
      />
      {Object.entries(query.keep ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {query.sort && <input type="hidden" name="sort" value={query.sort} />}
      {query.sort && <input type="hidden" name="dir" value={query.dir} />}
      <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm hover:bg-slate-100">
        {label}
      </button>
    </form>
  );
}
