import { describe, expect, it } from "vitest";
import { parseVietnamDate } from "@/lib/format/vi";
import {
  allMembersSigned,
  canEditContent,
  lastSignatureAt,
  openRefusal,
  paperSignatureDate,
  reopenRefusal,
  signingProgress,
  signRefusal,
  statusWhenOpen,
  transition,
} from "@/lib/pledges/rules";

const members = ["a", "b", "c", "d"];

describe("pledge transitions", () => {
  it("goes draft → open → signed, and back to draft only by reopening", () => {
    expect(transition("DRAFT", "open")).toBe("OPEN");
    expect(transition("OPEN", "complete")).toBe("SIGNED");
    expect(transition("OPEN", "reopen")).toBe("DRAFT");
    expect(transition("SIGNED", "reopen")).toBe("DRAFT");
  });

  it("refuses every other step", () => {
    expect(transition("OPEN", "open")).toBeNull();
    expect(transition("SIGNED", "open")).toBeNull();
    expect(transition("DRAFT", "complete")).toBeNull();
    expect(transition("SIGNED", "complete")).toBeNull();
    expect(transition("DRAFT", "reopen")).toBeNull();
  });

  it("lets the content change only in a draft", () => {
    expect(canEditContent("DRAFT")).toBe(true);
    expect(canEditContent("OPEN")).toBe(false);
    expect(canEditContent("SIGNED")).toBe(false);
  });
});

describe("opening for signing", () => {
  it("needs a draft with at least one item", () => {
    expect(openRefusal({ status: "DRAFT", itemCount: 0 })).toBe("pledges.errors.noItems");
    expect(openRefusal({ status: "DRAFT", itemCount: 1 })).toBeNull();
    expect(openRefusal({ status: "OPEN", itemCount: 5 })).toBe("pledges.errors.notDraft");
    expect(openRefusal({ status: "SIGNED", itemCount: 5 })).toBe("pledges.errors.notDraft");
  });

  it("counts signatures kept from before a reopen: all members signed means signed at once", () => {
    expect(statusWhenOpen(members, [])).toBe("OPEN");
    expect(statusWhenOpen(members, ["a", "b", "c"])).toBe("OPEN");
    expect(statusWhenOpen(members, ["d", "c", "b", "a"])).toBe("SIGNED");
  });
});

describe("reopening", () => {
  it("is for the board only, from open or signed, with a reason", () => {
    expect(reopenRefusal({ status: "OPEN", byBoard: false, reason: "Sửa nội dung 3" })).toBe("errors.forbidden");
    expect(reopenRefusal({ status: "DRAFT", byBoard: true, reason: "Sửa nội dung 3" })).toBe("pledges.errors.notLocked");
    expect(reopenRefusal({ status: "SIGNED", byBoard: true, reason: "   " })).toBe("pledges.errors.reasonRequired");
    expect(reopenRefusal({ status: "SIGNED", byBoard: true, reason: null })).toBe("pledges.errors.reasonRequired");
    expect(reopenRefusal({ status: "OPEN", byBoard: true, reason: "Sửa nội dung 3" })).toBeNull();
    expect(reopenRefusal({ status: "SIGNED", byBoard: true, reason: "Bổ sung thành viên" })).toBeNull();
  });
});

describe("who may sign", () => {
  const open = { status: "OPEN" as const, memberUnitIds: members, signedUnitIds: ["a"] };

  it("is a member unit that has not signed, while the pledge is open", () => {
    expect(signRefusal({ ...open, unitId: "b" })).toBeNull();
    expect(signRefusal({ ...open, unitId: "a" })).toBe("pledges.errors.alreadySigned");
    expect(signRefusal({ ...open, unitId: "x" })).toBe("pledges.errors.notMember");
    expect(signRefusal({ ...open, status: "DRAFT", unitId: "b" })).toBe("pledges.errors.notOpen");
    expect(signRefusal({ ...open, status: "SIGNED", unitId: "b" })).toBe("pledges.errors.notOpen");
  });

  it("completes when every member has signed, ignoring units that left", () => {
    expect(allMembersSigned(members, ["a", "b", "c"])).toBe(false);
    expect(allMembersSigned(members, ["a", "b", "c", "d", "gone"])).toBe(true);
    expect(allMembersSigned([], [])).toBe(false);
  });
});

describe("signing progress", () => {
  const units = members.map((id) => ({ id, name: `Đơn vị ${id}` }));

  it("splits members into signed and unsigned in their order, with a percentage", () => {
    const p = signingProgress(units, [
      { unitId: "c", signerName: "Nguyễn Văn C" },
      { unitId: "a", signerName: "Trần Thị A" },
      { unitId: "gone", signerName: "Đã rời khối" },
    ]);
    expect(p.signed.map((s) => [s.unit.id, s.signature.signerName])).toEqual([
      ["a", "Trần Thị A"],
      ["c", "Nguyễn Văn C"],
    ]);
    expect(p.unsigned.map((u) => u.id)).toEqual(["b", "d"]);
    expect([p.signedCount, p.total, p.percent]).toEqual([2, 4, 50]);
  });

  it("never shows 100% before everyone has signed, and 0% for an empty year", () => {
    const eight = Array.from({ length: 8 }, (_, i) => ({ id: `u${i}` }));
    expect(
      signingProgress(
        eight,
        eight.slice(0, 7).map((u) => ({ unitId: u.id })),
      ).percent,
    ).toBe(87);
    expect(
      signingProgress(
        eight,
        eight.map((u) => ({ unitId: u.id })),
      ).percent,
    ).toBe(100);
    expect(signingProgress([], []).percent).toBe(0);
  });
});

describe("paper signature dates", () => {
  const now = new Date("2026-03-10T03:00:00Z"); // 10:00 on 10/03/2026 in Vietnam
  const day = (s: string) => parseVietnamDate(s)!;

  it("takes the day typed, else the conference's day, else today, as the start of that day in Vietnam", () => {
    expect(paperSignatureDate({ typed: day("01/03/2026"), conferenceDate: new Date("2026-02-28T01:00:00Z"), now })).toEqual({ date: day("01/03/2026") });
    // 23:30 on 27/02 in UTC is 06:30 on 28/02 in Vietnam.
    expect(paperSignatureDate({ typed: null, conferenceDate: new Date("2026-02-27T23:30:00Z"), now })).toEqual({ date: day("28/02/2026") });
    expect(paperSignatureDate({ typed: null, conferenceDate: null, now })).toEqual({ date: day("10/03/2026") });
  });

  it("refuses a day still to come, even a conference's later today is not", () => {
    expect(paperSignatureDate({ typed: day("11/03/2026"), conferenceDate: null, now })).toEqual({ refusal: "pledges.errors.futureDate" });
    expect(paperSignatureDate({ typed: null, conferenceDate: new Date("2026-03-12T01:00:00Z"), now })).toEqual({ refusal: "pledges.errors.futureDate" });
    expect(paperSignatureDate({ typed: null, conferenceDate: new Date("2026-03-10T08:00:00Z"), now })).toEqual({ date: day("10/03/2026") });
  });

  it("dates a signed pledge by its last signature", () => {
    expect(lastSignatureAt([])).toBeNull();
    expect(lastSignatureAt([{ signedAt: day("22/07/2026") }, { signedAt: day("28/02/2026") }])).toEqual(day("22/07/2026"));
  });
});
