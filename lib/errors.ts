// Expected failures carry a message key (messages/vi.json), never a sentence:
// the action wrapper returns them to the browser as data.
export type MessageParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly key: string,
    readonly params?: MessageParams,
    // A refusal of several rows at once names each one (path → message key), as zod's field errors do.
    readonly fieldErrors?: Record<string, { key: string; params?: MessageParams }>,
  ) {
    super(key);
    this.name = "DomainError";
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super("errors.forbidden");
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super("errors.notFound");
  }
}

export function authorize(allowed: boolean): asserts allowed {
  if (!allowed) throw new ForbiddenError();
}

/** What a new unit or bloc's name collides with (lib/format/name-key.ts): shown as a warning the user may confirm past. */
export type SameNameMatch = { id: string; name: string; code: string };

export class SameNameError extends DomainError {
  constructor(
    key: string,
    readonly existing: SameNameMatch,
  ) {
    super(key, { name: existing.name, code: existing.code });
    this.name = "SameNameError";
  }
}
