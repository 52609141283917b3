// Which messages reach the browser. Client components translate in the browser, so the page
// sends them their catalogue; sending every namespace cost each page about 100 kB of HTML.
// The root layout sends the base below once (components/i18n/client-messages.tsx); a section
// sends the namespaces its client components read, and the errors and validation messages of
// the namespaces its server actions can answer with, which the browser adds to the base: an
// action answers with a key under its namespace's errors (scoring.errors.locked), which its form shows. Sending every
// namespace's errors to every page instead cost about 2 ms of CPU per page (docs/PERFORMANCE.md).
// tests/unit/client-messages.test.ts checks every page against its imports and its actions'.
type Messages = Record<string, unknown>;

/** Read by the header's client components and by every form (common labels, sign-out, field and action errors). */
export const BASE_NAMESPACES = ["common", "errors", "validation", "auth"] as const;

const ERROR_SUBTREES = ["errors", "validation"] as const;

/** The base every page has. */
export function pickBaseMessages(all: Messages): Messages {
  return Object.fromEntries(BASE_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

/** What a section adds to the base: the named namespaces whole, and the errors and validation keys of `errorsOf`. */
export function pickClientMessages(all: Messages, namespaces: readonly string[], errorsOf: readonly string[] = []): Messages {
  const picked: Messages = {};
  for (const ns of errorsOf) {
    const tree = all[ns];
    if (!tree || typeof tree !== "object") continue;
    const subtrees = Object.fromEntries(ERROR_SUBTREES.filter((k) => k in tree).map((k) => [k, (tree as Messages)[k]]));
    if (Object.keys(subtrees).length > 0) picked[ns] = subtrees;
  }
  for (const ns of namespaces) if (ns in all) picked[ns] = all[ns];
  return picked;
}

/** The messages a section's components see: the ones above it, each namespace extended by the section's. */
export function mergeMessages(above: Messages, added: Messages): Messages {
  const merged: Messages = { ...above };
  for (const [ns, tree] of Object.entries(added)) {
    const under = above[ns];
    merged[ns] = under && typeof under === "object" && tree && typeof tree === "object" ? { ...under, ...tree } : tree;
  }
  return merged;
}
