import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Two habits of the interface that a reader of one file cannot see (docs/conventions.md, "Tables"
// and "Running an action"): every table is built from components/ui/table.tsx, and every server
// action a component runs goes through useAction (components/ui/use-action.tsx), directly or
// through ActionForm and ConfirmButton. A new hand-made table or a hand-rolled
// useTransition + setError around an action fails here with its file and line.

const root = path.resolve(import.meta.dirname, "../..");

function tsxFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true })
    .map((f) => `${dir}/${String(f).split(path.sep).join("/")}`)
    .filter((f) => f.endsWith(".tsx"))
    .sort();
}

const UI = [...tsxFiles("app"), ...tsxFiles("components")];
const source = (file: string) => readFileSync(path.join(root, file), "utf8");

/** Lines of `text` matching `pattern`, as "file:line". */
function linesMatching(file: string, text: string, pattern: RegExp): string[] {
  return text.split("\n").flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}`] : []));
}

// The table primitive itself, and the one table that is a widget rather than data.
const TABLE_ELEMENTS_ALLOWED: Record<string, string> = {
  "components/ui/table.tsx": "the primitive",
  "components/ui/calendar-popover.tsx": 'the date field\'s calendar: a keyboard grid of days (role="grid"), not a table of data',
};

const TABLE_ELEMENT = /<(table|thead|tbody|tfoot|tr|th|td)[\s>/]/;

export function handMadeTables(file: string, text: string): string[] {
  return file in TABLE_ELEMENTS_ALLOWED ? [] : linesMatching(file, text, TABLE_ELEMENT);
}

// Where a transition may be started by hand: the hook that runs actions.
const TRANSITION_ALLOWED = new Set(["components/ui/use-action.tsx"]);
const HAND_ROLLED = /\b(useTransition|useActionState)\s*\(|\bstartTransition\s*\(/;

/** Server actions (exported by a "use server" module) that `text` imports, by their local names. */
function importedActions(file: string, text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*"(@\/[^"]+)"/g)) {
    const target = [".ts", ".tsx"].map((ext) => path.join(root, m[2].slice(2) + ext)).find(existsSync);
    if (!target || !/^\s*["']use server["']/.test(readFileSync(target, "utf8"))) continue;
    for (const part of m[1].split(",")) {
      const name = part
        .trim()
        .replace(/^type\s+/, "")
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push(name);
    }
  }
  return names;
}

/** Hand-rolled runs of an action: a transition started by hand, or an action called rather than handed to the hook. */
export function handRolledActions(file: string, text: string, actions = importedActions(file, text)): string[] {
  const transitions = TRANSITION_ALLOWED.has(file) ? [] : linesMatching(file, text, HAND_ROLLED);
  const calls = actions.flatMap((name) => linesMatching(file, text, new RegExp(`(?<![\\w.])${name}\\s*\\(`)).map((at) => `${at} calls ${name}`));
  return [...transitions, ...calls];
}

describe("tables", () => {
  it("are built from the table primitive (components/ui/table.tsx)", () => {
    expect(UI.flatMap((file) => handMadeTables(file, source(file)))).toEqual([]);
  });

  it("would catch a hand-made one", () => {
    expect(handMadeTables("components/<fixture>/list.tsx", 'const a = 1;\n<div className="overflow-x-auto">\n  <table className="min-w-full">')).toEqual([
      "components/<fixture>/list.tsx:3",
    ]);
    expect(handMadeTables("components/<fixture>/list.tsx", "<td>{row.name}</td>")).toEqual(["components/<fixture>/list.tsx:1"]);
    // Components named like the elements are not the elements.
    expect(handMadeTables("components/<fixture>/list.tsx", "<Td>{row.name}</Td>\n<THead>\n<Table caption={c}>")).toEqual([]);
  });

  it("leave allowed only files that still have a table", () => {
    for (const file of Object.keys(TABLE_ELEMENTS_ALLOWED)) expect(linesMatching(file, source(file), TABLE_ELEMENT).length, file).toBeGreaterThan(0);
  });
});

describe("server actions in components", () => {
  it("run through useAction, ActionForm or ConfirmButton", () => {
    expect(UI.flatMap((file) => handRolledActions(file, source(file)))).toEqual([]);
  });

  it("would catch a hand-rolled run", () => {
    const text = [
      'import { moveItemAction } from "@/lib/plans/actions";',
      "const [pending, startTransition] = useTransition();",
      "startTransition(async () => {",
      "  const res = await moveItemAction({ id });",
      "  if (!res.ok) setError(t(res.error));",
      "});",
    ].join("\n");
    expect(handRolledActions("components/<fixture>/move.tsx", text, ["moveItemAction"])).toEqual([
      "components/<fixture>/move.tsx:2",
      "components/<fixture>/move.tsx:3",
      "components/<fixture>/move.tsx:4 calls moveItemAction",
    ]);
    // Handing the action over is the habit.
    expect(
      handRolledActions("components/<fixture>/move.tsx", "const moving = useAction(moveItemAction);\n<ActionForm action={moveItemAction}>", ["moveItemAction"]),
    ).toEqual([]);
  });

  it("are found through their imports", () => {
    // The plan editor imports its actions from a "use server" module; the check must see them.
    const file = "components/plans/plan-editor.tsx";
    expect(importedActions(file, source(file))).toContain("movePlanItemAction");
  });
});
