// Which messages reach the browser. Client components translate in the browser, so the page
// sends them their catalogue; sending every namespace cost each page about 100 kB of HTML.
// A page sends the base below plus the namespaces its client components read
// (tests/unit/client-messages.test.ts checks every page against its imports).
type Messages = Record<string, unknown>;

/** Read by the header's client components and by every form (common labels, sign-out, field and action errors). */
export const BASE_NAMESPACES = ["common", "errors", "validation", "auth"] as const;

// An action answers with a key such as "scoring.errors.locked", which
// any form may show: those subtrees of every namespace always go along (about 10 kB).
const ALWAYS_SUBTREES = ["errors", "validation"] as const;

export function pickClientMessages(all: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const [ns, value] of Object.entries(all)) {
    if (!value || typeof value !== "object") continue;
    const tree = value as Messages;
    const subtrees = Object.fromEntries(ALWAYS_SUBTREES.filter((k) => k in tree).map((k) => [k, tree[k]]));
    if (Object.keys(subtrees).length > 0) picked[ns] = subtrees;
  }
  for (const ns of [...BASE_NAMESPACES, ...namespaces]) if (ns in all) picked[ns] = all[ns];
  return picked;
}
