import { foldName } from "@/lib/format/name-key";

// The library's search box matches typed text without its marks: a clerk types "quy che" or
// "QĐ-HĐTĐKT" for "Quy chế" and "qđ-hđtđkt". Unlike a unit's name (lib/format/name-key.ts, where
// marks tell names apart) a search should find too much rather than nothing.

/** Text folded for search: foldName, then without diacritics, đ as d. */
export function foldForSearch(text: string): string {
  return foldName(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC");
}

/** The stored key of a document (LibraryDocument.searchKey): its title, number and issuer. */
export function searchKeyOf(doc: { title: string; number: string | null; issuer: string }): string {
  return [doc.title, doc.number ?? "", doc.issuer].map(foldForSearch).join(" | ");
}
