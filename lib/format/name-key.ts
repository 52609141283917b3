// When two names of units or blocs count as the same: a clerk retyping "Sở Nội Vụ" for an
// existing "Sở Nội vụ", or pasting it with a trailing or doubled space, or from a source in
// decomposed Unicode. Diacritics are kept: "Sở Tư pháp" and "Sở Tư Pháp" are one agency, but
// "Sở Nội vụ" and "So Noi vu" are not the same text, and stripping marks would make unrelated
// Vietnamese names collide.

/** The comparison key of a name: Unicode NFC, lower case by Vietnamese rules, runs of white space as one space, trimmed. */
export function foldName(name: string): string {
  // NFC again after lower-casing: lower-casing may leave a combining sequence un-composed.
  return name.normalize("NFC").toLocaleLowerCase("vi").normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The first of `items` whose name folds to the same key as `name`, or null. */
export function findSameName<T extends { name: string }>(items: readonly T[], name: string): T | null {
  const key = foldName(name);
  return items.find((item) => foldName(item.name) === key) ?? null;
}
