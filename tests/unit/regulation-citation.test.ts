import { describe, expect, it } from "vitest";
import { regulationCitation, regulationInForceOn, type AdoptedRegulation } from "@/lib/regulations/citation";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const version = (title: string, adoptedOn: string, over: Partial<AdoptedRegulation> = {}): AdoptedRegulation => ({
  title,
  adoptedOn: day(adoptedOn),
  conference: null,
  decision: null,
  ...over,
});

describe("the regulation a document cites", () => {
  const first = version("Quy chế 2025", "2025-03-10");
  const second = version("Quy chế 2026", "2026-03-12");

  it("is the version adopted last by the document's Vietnamese day", () => {
    expect(regulationInForceOn([first, second], new Date("2026-03-11T10:00:00Z"))?.title).toBe("Quy chế 2025");
    // 12/03/2026 06:00 in Vietnam is 11/03 23:00 UTC: already the new version's day there.
    expect(regulationInForceOn([second, first], new Date("2026-03-11T23:00:00Z"))?.title).toBe("Quy chế 2026");
    expect(regulationInForceOn([second], new Date("2026-01-01T03:00:00Z"))).toBeNull();
  });

  it("is cited with the decision that adopted it, else the conference that passed it", () => {
    const decision = { number: "15/QĐ-KNC", issuedOn: day("2026-03-12"), issuer: "Khối thi đua Nội chính tỉnh" };
    expect(regulationCitation({ ...second, title: "Quy chế tổ chức và hoạt động của Khối thi đua Nội chính tỉnh", decision })).toBe(
      "Quy chế tổ chức và hoạt động của Khối thi đua Nội chính tỉnh ban hành kèm theo Quyết định số 15/QĐ-KNC ngày 12 tháng 3 năm 2026 của Khối thi đua Nội chính tỉnh",
    );
    // The conference at 07:30 in Vietnam (00:30 UTC) is on its Vietnamese day.
    const conference = { title: "Hội nghị sơ kết 6 tháng đầu năm", date: new Date("2026-07-14T00:30:00Z") };
    expect(regulationCitation({ ...second, conference })).toBe("Quy chế 2026 thông qua tại Hội nghị sơ kết 6 tháng đầu năm ngày 14 tháng 7 năm 2026");
    expect(regulationCitation(second)).toBe("Quy chế 2026 thông qua ngày 12 tháng 3 năm 2026");
  });
});
