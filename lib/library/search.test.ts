import { describe, expect, it } from "vitest";
import { foldForSearch, searchKeyOf } from "@/lib/library/search";

describe("library search", () => {
  it("folds case, marks, đ and spaces", () => {
    expect(foldForSearch("  Quy chế  TỔ CHỨC ")).toBe("quy che to chuc");
    expect(foldForSearch("15/QĐ-HĐTĐKT")).toBe("15/qd-hdtdkt");
    // Decomposed input folds the same as composed.
    expect(foldForSearch("Quy che\u0302\u0301")).toBe("quy che");
  });

  it("keys a document by title, number and issuer", () => {
    const key = searchKeyOf({ title: "Quyết định phân công Khối trưởng", number: "12/QĐ-HĐTĐKT", issuer: "Hội đồng Thi đua - Khen thưởng tỉnh" });
    expect(key).toContain("khoi truong");
    expect(key).toContain("12/qd-hdtdkt");
    expect(key).toContain("hoi dong thi dua");
    expect(searchKeyOf({ title: "Kế hoạch", number: null, issuer: "Sở Nội vụ" })).toBe("ke hoach |  | so noi vu");
  });
});
