/**
 * Text from the browser in one Unicode form (NFC). Vietnamese can arrive decomposed ("ễ" as e +
 * two combining marks, from some keyboards and from pasted PDFs), and then two units' names that
 * look identical compare different, sort apart and dodge the same-name warning. Every action's
 * input passes through here before its schema; files and other objects are left as they are.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map(toNfc) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  }
  return value;
}
