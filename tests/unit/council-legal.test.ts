import { describe, expect, it } from "vitest";
import { citation, forceStatus, inForceOn, type LegalDoc } from "@/lib/council/legal";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const doc = (id: string, issuedOn: string, from: string, until: string | null, position = 0): LegalDoc => ({
  id,
  number: id,
  title: "Luật Thi đua, khen thưởng",
  issuer: null,
  issuedOn: day(issuedOn),
  inForceFrom: day(from),
  inForceUntil: until ? day(until) : null,
  position,
});

const old = doc("15/2003/QH11", "2003-11-26", "2004-07-01", "2024-01-01");
const current = doc("06/2022/QH15", "2022-06-15", "2024-01-01", null);
const decree = doc("98/2023/NĐ-CP", "2023-12-31", "2023-12-31", null, 2);

describe("legal documents in force", () => {
  it("cites the old law up to the day before the new one enters into force, in Vietnam's calendar", () => {
    // 31/12/2023 23:30 in Vietnam is still 2023 there, though 16:30 UTC.
    expect(inForceOn([current, old], new Date("2023-12-31T16:30:00Z")).map((d) => d.id)).toEqual(["15/2003/QH11"]);
    // 01/01/2024 00:30 in Vietnam (17:30 UTC the day before): the new law.
    expect(inForceOn([current, old], new Date("2023-12-31T17:30:00Z")).map((d) => d.id)).toEqual(["06/2022/QH15"]);
  });

  it("keeps the citation order, then the issue date", () => {
    expect(inForceOn([decree, current], new Date("2024-06-01T03:00:00Z")).map((d) => d.id)).toEqual(["06/2022/QH15", "98/2023/NĐ-CP"]);
  });

  it("says whether a document is in force, not yet or no longer", () => {
    const at = new Date("2024-06-01T03:00:00Z");
    expect([old, current, doc("x", "2024-05-01", "2024-07-01", null)].map((d) => forceStatus(d, at))).toEqual(["expired", "inForce", "notYet"]);
  });

  it("writes the citation as documents print it", () => {
    expect(citation(current)).toBe("Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022");
  });
});

describe("a citation with its issuer", () => {
  const withIssuer = (title: string, issuer: string | null) => ({ number: "152/2025/NĐ-CP", title, issuer, issuedOn: day("2025-06-14") });

  it("puts the issuer after the date and the rest of the title after it, as a first citation reads", () => {
    expect(citation(withIssuer("Nghị định quy định chi tiết một số điều của Luật Thi đua, khen thưởng", "Chính phủ"))).toBe(
      "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
    );
    expect(
      citation({ ...withIssuer("Quyết định ban hành Quy chế công tác thi đua, khen thưởng", "Ủy ban nhân dân tỉnh Ninh Bình"), number: "12/2025/QĐ-UBND" }),
    ).toBe("Quyết định số 12/2025/QĐ-UBND ngày 14 tháng 6 năm 2025 của Ủy ban nhân dân tỉnh Ninh Bình ban hành Quy chế công tác thi đua, khen thưởng");
  });

  it("keeps a law's name whole, and a title it cannot split, with the issuer after the date", () => {
    expect(citation({ ...withIssuer("Luật Thi đua, khen thưởng", "Quốc hội"), number: "06/2022/QH15", issuedOn: day("2022-06-15") })).toBe(
      "Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 của Quốc hội",
    );
    expect(citation(withIssuer("Văn bản hướng dẫn", "Bộ Nội vụ"))).toBe("Văn bản hướng dẫn số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Bộ Nội vụ");
  });

  it("cites without an issuer as before when none is recorded", () => {
    expect(citation(withIssuer("Nghị định quy định chi tiết", null))).toBe("Nghị định quy định chi tiết số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025");
  });
});
