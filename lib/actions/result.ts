import type { MessageParams } from "@/lib/errors";

export type FieldError = { key: string; params?: MessageParams };

export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; params?: MessageParams; fieldErrors?: Record<string, FieldError> };
