import { describe, expect, it } from "vitest";
import { findSameName, foldName } from "@/lib/format/name-key";

describe("foldName", () => {
  it("folds case by Vietnamese rules and keeps diacritics", () => {
    expect(foldName("Sở Nội vụ")).toBe(foldName("Sở Nội Vụ"));
    expect(foldName("SỞ TƯ PHÁP")).toBe("sở tư pháp");
    expect(foldName("Sở Nội vụ")).not.toBe(foldName("So Noi vu"));
    expect(foldName("Sở Tư pháp")).not.toBe(foldName("Sở Tư phap"));
  });

  it("collapses and trims white space, including non-breaking and tab", () => {
    expect(foldName("Sở Tư Pháp ")).toBe(foldName("Sở Tư pháp"));
    expect(foldName("  Sở\u00a0Tư\t\tpháp\n")).toBe("sở tư pháp");
  });

  it("treats decomposed and composed Unicode as the same", () => {
    const decomposed = "Sở Tư pháp".normalize("NFD");
    expect(decomposed).not.toBe("Sở Tư pháp");
    expect(foldName(decomposed)).toBe(foldName("Sở Tư pháp"));
    expect(foldName("ĐẢNG ỦY".normalize("NFD"))).toBe("đảng ủy");
  });

  it("keeps different tone marks apart", () => {
    expect(foldName("Khối Thi đua số 1")).not.toBe(foldName("Khối Thì đua số 1"));
  });
});

describe("findSameName", () => {
  const items = [
    { id: "a", name: "Sở Nội vụ" },
    { id: "b", name: "Sở Tư pháp" },
  ];
  it("finds the existing item under the folded name", () => {
    expect(findSameName(items, " sở  TƯ pháp")?.id).toBe("b");
    expect(findSameName(items, "Sở Tài chính")).toBeNull();
  });
});
