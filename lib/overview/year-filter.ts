// The overview's year filter, read from the query string (?nam=2021): a link or a bookmark keeps
// it. Pure.

/** The bloc years listed: those of one year, or (null) every one still open, whatever its year. */
export type YearFilter = number | null;

export const YEAR_PARAM = "nam";

/** A four-digit year in the range the app accepts; anything else (absent, "", "tất cả", 99999) lists the open years. */
export function parseYearFilter(value: string | string[] | undefined): YearFilter {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v || !/^\d{4}$/.test(v.trim())) return null;
  const year = Number(v.trim());
  return year >= 2000 && year <= 2100 ? year : null;
}
