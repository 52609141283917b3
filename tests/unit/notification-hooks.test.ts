import { describe, expect, it } from "vitest";
import { AUDIT_HOOKS, NOTIFIED_ACTIONS } from "@/lib/audit/hooks";
import { EVENTS_BY_ACTION } from "@/lib/notifications/registry";

describe("the audit actions that call for a notification", () => {
  it("are exactly those the notification registry tells events from", () => {
    expect([...NOTIFIED_ACTIONS].sort()).toEqual([...EVENTS_BY_ACTION.keys()].sort());
  });

  it("each enqueue one notify job naming its entry", () => {
    const entry = { id: 42n, action: "score.submit", entityType: "ScoreSheet", entityId: "s1", userId: "u1", blocId: "b1" };
    expect(AUDIT_HOOKS["score.submit"]!(entry as never)).toEqual([{ kind: "notify", payload: { audit: "42" }, dedupeKey: "notify:42" }]);
    expect(AUDIT_HOOKS["score.self.save"]).toBeUndefined();
  });
});
