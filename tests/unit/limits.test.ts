import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_LIMITS, parseLimits } from "@/lib/limits/config";
import { MemoryWindows } from "@/lib/limits/memory-windows";
import { Slots, SlotsBusyError } from "@/lib/limits/slots";

describe("RATE_LIMITS", () => {
  it("overrides the defaults it names, and turns every limit off with off", () => {
    expect(parseLimits("")).toEqual(DEFAULT_LIMITS);
    expect(parseLimits(" documents=5/50, anonymous=10 ")).toEqual({
      ...DEFAULT_LIMITS,
      documents: { perUser: 5, perAddress: 50 },
      anonymous: { perUser: 0, perAddress: 10 },
    });
    expect(parseLimits("off")).toBeNull();
  });

  it("names the entry it cannot read", () => {
    for (const bad of ["pages=1/2", "documents=5", "documents=0/5", "documents=a/b", "anonymous=0", "anonymous=1/2"]) {
      expect(parseLimits(bad), bad).toBeInstanceOf(Error);
    }
    expect((parseLimits("documents=x/1") as Error).message).toContain("documents=x/1");
  });
});

describe("counting in memory", () => {
  const minute = 60_000;
  const start = 100 * minute;

  it("allows the limit in a window, refuses the next until the window ends, then allows again", () => {
    const windows = new MemoryWindows();
    const hit = (at: number) => windows.hit([{ key: "a", limit: 3 }], at);
    expect([hit(start), hit(start + 1000), hit(start + 2000)]).toEqual([0, 0, 0]);
    expect(hit(start + 15_000)).toBe(45);
    expect(hit(start + 59_500)).toBe(1);
    expect(hit(start + minute)).toBe(0);
  });

  it("counts each key on its own, and refuses when any key of a request is over", () => {
    const windows = new MemoryWindows();
    for (let i = 0; i < 2; i++)
      expect(
        windows.hit(
          [
            { key: "user", limit: 2 },
            { key: "address", limit: 10 },
          ],
          start,
        ),
      ).toBe(0);
    expect(
      windows.hit(
        [
          { key: "user", limit: 2 },
          { key: "address", limit: 10 },
        ],
        start,
      ),
    ).toBeGreaterThan(0);
    expect(
      windows.hit(
        [
          { key: "other user", limit: 2 },
          { key: "address", limit: 10 },
        ],
        start,
      ),
    ).toBe(0);
  });

  it("counts keys past its capacity together, so a flood of new addresses is one client", () => {
    const windows = new MemoryWindows(minute, 3);
    const waits = Array.from({ length: 8 }, (_, i) => windows.hit([{ key: `addr-${i}`, limit: 2 }], start));
    // addr-0..2 are counted on their own; addr-3 and addr-4 fill the shared key, the rest are refused.
    expect(waits.map((w) => w > 0)).toEqual([false, false, false, false, false, true, true, true]);
  });
});

describe("slots", () => {
  afterEach(() => vi.useRealTimers());

  const held = () => {
    let release!: () => void;
    const done = new Promise<void>((r) => (release = r));
    return { done, release };
  };

  it("runs at most `size` at once, the rest in order as slots free up", async () => {
    const slots = new Slots(2, 5, 60_000);
    let running = 0;
    let peak = 0;
    const order: number[] = [];
    const gates = Array.from({ length: 5 }, held);
    const runs = gates.map((gate, i) =>
      slots.run(`user-${i}`, async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await gate.done;
        running--;
        return i;
      }),
    );
    await new Promise((r) => setImmediate(r));
    expect(slots.load).toEqual({ running: 2, waiting: 3 });
    for (const gate of gates) gate.release();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(slots.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses a holder's work beyond its share at once, and frees the share when work ends or fails", async () => {
    const slots = new Slots(4, 2, 60_000);
    const gate = held();
    const first = slots.run("u", () => gate.done);
    const second = slots.run("u", () => Promise.reject(new Error("render failed")));
    await expect(second).rejects.toThrow("render failed");
    const third = slots.run("u", () => gate.done);
    await expect(slots.run("u", async () => 1)).rejects.toMatchObject({ reason: "holder" });
    gate.release();
    await Promise.all([first, third]);
    expect(await slots.run("u", async () => "again")).toBe("again");
  });

  it("gives up on a wait longer than maxWaitMs, and the slot still goes to the next in line", async () => {
    vi.useFakeTimers();
    const slots = new Slots(1, 5, 20_000);
    const gate = held();
    const running = slots.run("a", () => gate.done);
    const late = slots.run("b", async () => "b");
    const refused = expect(late).rejects.toEqual(new SlotsBusyError("server", 20));
    await vi.advanceTimersByTimeAsync(20_000);
    await refused;
    const next = slots.run("c", async () => "c");
    gate.release();
    await running;
    expect(await next).toBe("c");
  });
});
