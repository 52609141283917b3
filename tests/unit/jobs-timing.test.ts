import { describe, expect, it } from "vitest";
import { afterFailure, retryDelayMs } from "@/lib/jobs/retry";
import { dailyAt, DAY_MS, HOUR_MS, scheduleKey, slotStart } from "@/lib/jobs/schedule";

describe("retries", () => {
  it("wait twice as long each time, at most an hour, until the attempts are spent", () => {
    expect([1, 2, 3, 4, 8, 20].map((a) => retryDelayMs(a))).toEqual([30_000, 60_000, 120_000, 240_000, 3_600_000, 3_600_000]);
    const now = new Date("2026-12-07T10:00:00Z");
    expect(afterFailure(1, 3, now)).toEqual({ status: "PENDING", runAt: new Date("2026-12-07T10:00:30Z") });
    expect(afterFailure(3, 3, now)).toEqual({ status: "DEAD" });
  });
});

describe("schedules", () => {
  it("put every moment in the period it falls in", () => {
    expect(slotStart(new Date("2026-12-07T10:59:59.999Z"), HOUR_MS)).toEqual(new Date("2026-12-07T10:00:00Z"));
    expect(slotStart(new Date("2026-12-07T11:00:00Z"), HOUR_MS)).toEqual(new Date("2026-12-07T11:00:00Z"));
    expect(scheduleKey("prune-jobs", new Date("2026-12-07T11:00:00Z"))).toBe("schedule:prune-jobs@2026-12-07T11:00:00.000Z");
  });

  it("run daily at a Vietnam hour, whatever the UTC day", () => {
    const seven = dailyAt(7); // 07:00 in Vietnam is 00:00 UTC
    expect(seven).toEqual({ everyMs: DAY_MS, offsetMs: 0 });
    const three = dailyAt(3); // 03:00 in Vietnam is 20:00 UTC the day before
    expect(slotStart(new Date("2026-12-07T02:00:00+07:00"), three.everyMs, three.offsetMs)).toEqual(new Date("2026-12-06T03:00:00+07:00"));
    expect(slotStart(new Date("2026-12-07T03:00:00+07:00"), three.everyMs, three.offsetMs)).toEqual(new Date("2026-12-07T03:00:00+07:00"));
  });
});
