// Which messages reach the browser. Client components translate in the browser, so the page
// sends them their catalogue; sending every namespace cost each page about 100 kB of HTML.
// A page sends the base below, the namespaces its client components read, and the errors and
// validation messages of the namespaces its server actions can answer with: an action answers
// with a key such as "scoring.errors.locked", which its form shows. Sending every namespace's
// errors to every page instead cost about 2 ms of CPU per page (docs/PERFORMANCE.md).
// tests/unit/client-messages.test.ts checks every page against its imports and its actions'.
type Messages = Record<string, unknown>;

/** Read by the header's client components and by every form (common labels, sign-out, field and action errors). */
export const BASE_NAMESPACES = ["common", "errors", "validation", "auth"] as const;

const ERROR_SUBTREES = ["errors", "validation"] as const;

export function pickClientMessages(all: Messages, namespaces: readonly string[], errorsOf: readonly string[] = []): Messages {
  const picked: Messages = {};
  for (const ns of errorsOf) {
    const tree = all[ns];
    if (!tree || typeof tree !== "object") continue;
    const subtrees = Object.fromEntries(ERROR_SUBTREES.filter((k) => k in tree).map((k) => [k, (tree as Messages)[k]]));
    if (Object.keys(subtrees).length > 0) picked[ns] = subtrees;
  }
  for (const ns of [...BASE_NAMESPACES, ...namespaces]) if (ns in all) picked[ns] = all[ns];
  return picked;
}
