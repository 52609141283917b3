import { cn } from "@/components/ui/cn";

// No empty class attributes: a plain cell renders as `<td>`.
const classes = (...values: Parameters<typeof cn>) => cn(...values) || undefined;

// Every table of the app is built from these (docs/conventions.md, "Tables"); DataTable
// (components/ui/data-table.tsx) is the same table driven by column definitions, with sorting.
// Cell padding, alignment and row-header weight come from `.ui-table` in app/globals.css, in the
// components layer, so a cell's own utility class (`px-2`, `text-center`, `font-semibold`) wins
// without a class-merging library. No hooks here: server and client components both use them.

const FRAMES = {
  // A table standing alone in a card's body or a section.
  border: "rounded-md border border-slate-200 bg-white",
  // A table that is the page's main content, standing on the page's grey like a card.
  card: "rounded-lg border border-slate-200 bg-white shadow-sm",
  // A table filling a Card that already draws the frame.
  none: "",
} as const;

type TableProps = {
  /** What the table lists, for screen readers (the `<caption>`, visually hidden) and as its accessible name. */
  caption: string;
  children: React.ReactNode;
  frame?: keyof typeof FRAMES;
  /** Tighter cells for a grid of inputs or a dense comparison. */
  dense?: boolean;
  /** The scroll box becomes a named region in the tab order, so a keyboard can scroll a wide table sideways. */
  region?: boolean;
  /** Only for screen readers: a chart's data, say (its `id` then names it in the chart's aria-describedby). */
  srOnly?: boolean;
  /**
   * On a phone, each row is drawn as a card of "column: value" lines instead of a table scrolled
   * sideways (app/globals.css, `.ui-table-stack`). The columns' names, in order (null: none shown,
   * as for the cell naming the row), are set once on the table, not repeated in every cell.
   */
  stack?: readonly (string | null)[];
  id?: string;
};

/**
 * A wide table scrolls inside its own box, never the page (docs/conventions.md, "Layout"); a
 * `RowHeader` stays in view at the left edge while the numbers scroll under it.
 */
export function Table({ caption, children, frame = "border", dense = false, region = false, srOnly = false, stack, id }: TableProps) {
  // Hidden in a hidden box: a table is never narrower than its cells, so `sr-only` on the table
  // itself left it a page wide off-screen and the page scrolled sideways.
  if (srOnly) {
    return (
      <div className="sr-only">
        <table id={id}>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    );
  }
  return (
    <div className={cn("overflow-x-auto", FRAMES[frame])} {...(region && { role: "region", "aria-label": caption, tabIndex: 0 })}>
      <table
        id={id}
        className={cn("ui-table min-w-full divide-y divide-slate-200 text-sm", dense && "ui-table-dense", stack && "ui-table-stack")}
        style={stack && stackLabels(stack)}
      >
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

// The CSS reads a column's name from --stack-N: app/globals.css has rules for the first 16 columns.
function stackLabels(labels: readonly (string | null)[]): React.CSSProperties {
  return Object.fromEntries(labels.flatMap((label, i) => (label ? [[`--stack-${i + 1}`, JSON.stringify(`${label}: `)]] : [])));
}

/** The header row: one style for every table. Its children are `Th` cells. */
export function THead({ children }: { children: React.ReactNode }) {
  return (
    <thead className="bg-slate-100 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
      <tr>{children}</tr>
    </thead>
  );
}

type ThProps = {
  children?: React.ReactNode;
  /** A column of numbers: right-aligned, like its cells. */
  numeric?: boolean;
  /** The header of the `RowHeader` column: sticky with it (app/globals.css). */
  rowName?: boolean;
  className?: string;
  title?: string;
  "aria-sort"?: "ascending" | "descending";
};

/** A column header. */
export function Th({ children, numeric, rowName, className, ...rest }: ThProps) {
  return (
    <th scope="col" className={classes(numeric && "text-right", rowName && "row-name", className)} {...rest}>
      {children}
    </th>
  );
}

export function TBody({ children, onKeyDown }: { children: React.ReactNode; onKeyDown?: React.KeyboardEventHandler<HTMLTableSectionElement> }) {
  return (
    <tbody className="divide-y divide-slate-100" onKeyDown={onKeyDown}>
      {children}
    </tbody>
  );
}

/** A row; `group` marks a heading row inside the body (a criteria group, an award form). */
export function Tr({ children, group, className }: { children: React.ReactNode; group?: boolean; className?: string }) {
  return <tr className={classes(group && "ui-row-group bg-slate-50 font-semibold", className)}>{children}</tr>;
}

type CellProps = {
  children?: React.ReactNode;
  /** Numbers: right-aligned with digits of equal width, so a column of them lines up. */
  numeric?: boolean;
  colSpan?: number;
  className?: string;
  style?: React.CSSProperties;
};

export function Td({ children, numeric, className, ...rest }: CellProps) {
  return (
    <td className={classes(numeric && "text-right tabular-nums", className)} {...rest}>
      {children}
    </td>
  );
}

/** The cell that names its row (a unit, a year): a row header, sticky at the left edge when the table scrolls. */
export function RowHeader({ children, colSpan, className }: { children: React.ReactNode; colSpan?: number; className?: string }) {
  return (
    <th scope="row" colSpan={colSpan} className={className}>
      {children}
    </th>
  );
}

/** A heading spanning a group of rows (`<th scope="rowgroup">`), in a `Tr group`. */
export function GroupHeader({ children, colSpan }: { children: React.ReactNode; colSpan: number }) {
  return (
    <th scope="rowgroup" colSpan={colSpan} className="font-semibold text-slate-800">
      {children}
    </th>
  );
}

/** What an empty table says, across all its columns. */
export function EmptyRow({ colSpan, children }: { colSpan: number; children: React.ReactNode }) {
  return (
    <tr>
      <td colSpan={colSpan} className="py-6 text-center text-slate-600">
        {children}
      </td>
    </tr>
  );
}
