import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { AppSession } from "@/lib/auth/session-types";
import { NotFoundError } from "@/lib/errors";

// The session read is held open until the test lets it go, to see what runs meanwhile.
const session = vi.hoisted(() => ({ current: null as unknown, release: () => {}, reads: 0 }));
vi.mock("@/lib/auth/session", () => ({
  getSession: () =>
    new Promise((resolve) => {
      session.reads++;
      session.release = () => resolve(session.current);
    }),
}));
const { preparedAction } = await import("@/lib/actions/action");

const officer = {
  userId: "u1",
  username: "donvi",
  name: "Cán bộ",
  role: "UNIT_OFFICER",
  unitId: "d1",
  unitName: "Sở",
  isUnitHead: false,
  allBlocs: false,
  assignedBlocIds: [],
} as unknown as AppSession;
const schema = z.object({ yearId: z.string().min(1) });

function world(prepare: (input: { yearId: string }) => Promise<string>) {
  const log: string[] = [];
  const run = preparedAction(
    schema,
    async (input) => {
      log.push(`prepare ${input.yearId}`);
      return prepare(input);
    },
    async (input, s, prepared) => {
      log.push(`handler ${s.username} ${prepared}`);
      return prepared;
    },
  );
  // Calls the action and lets the session read finish once everything started so far has run.
  const call = async (input: unknown) => {
    const result = run(input as { yearId: string });
    await new Promise((r) => setTimeout(r, 0));
    log.push("session read");
    session.release();
    return result;
  };
  return { log, call };
}

beforeEach(() => {
  session.current = officer;
  session.reads = 0;
});

describe("preparedAction", () => {
  it("starts the prepared read before the session is known, and hands its result to the handler", async () => {
    const w = world(async ({ yearId }) => `năm ${yearId}`);
    expect(await w.call({ yearId: "by-1" })).toEqual({ ok: true, data: "năm by-1" });
    expect(w.log).toEqual(["prepare by-1", "session read", "handler donvi năm by-1"]);
  });

  it("answers a caller who is not signed in as action() does, whatever the prepared read gives", async () => {
    session.current = null;
    const ok = world(async () => "dữ liệu");
    expect(await ok.call({ yearId: "by-1" })).toEqual({ ok: false, error: "errors.unauthenticated" });
    expect(ok.log).not.toContain("handler donvi dữ liệu");
    const failing = world(async () => {
      throw new NotFoundError();
    });
    expect(await failing.call({ yearId: "by-404" })).toEqual({ ok: false, error: "errors.unauthenticated" });
  });

  it("does not prepare on invalid input, and refuses it only after the session", async () => {
    const w = world(async () => "x");
    expect(await w.call({ yearId: "" })).toMatchObject({ ok: false, error: "errors.validation", fieldErrors: { yearId: { key: "validation.required" } } });
    expect(w.log).toEqual(["session read"]);
    session.current = null;
    expect(await world(async () => "x").call({ yearId: "" })).toEqual({ ok: false, error: "errors.unauthenticated" });
  });

  it("turns a refusal from the prepared read into its message for a signed-in caller", async () => {
    const w = world(async () => {
      throw new NotFoundError();
    });
    expect(await w.call({ yearId: "by-404" })).toEqual({ ok: false, error: "errors.notFound" });
    expect(session.reads).toBe(1);
  });
});
