// Whether a decision recorded with a change is a resolution (nghị quyết) or a decision (quyết
// định), read from its number as the symbol names the act (Nghị định 30/2020/NĐ-CP): "NQ" in a
// resolution's symbol (12/2025/NQ-HĐND, 1234/NQ-UBTVQH15), or the National Assembly's
// number/year/QHnn (202/2025/QH15). Pages print "Nghị quyết số …" or "Quyết định số …" from it.
export function decisionKind(decisionNo: string): "resolution" | "decision" {
  return /(^|\/)NQ-|\/QH\d+$/i.test(decisionNo.trim()) ? "resolution" : "decision";
}
