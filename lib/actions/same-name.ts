import "server-only";
import { SameNameError, type SameNameMatch } from "@/lib/errors";

/**
 * A create that found an existing record of the same name answers with it as data, not as an
 * error: the form shows a warning and lets the user confirm (components/ui/action-form.tsx).
 */
export async function sameNameAsResult<T>(run: Promise<T>): Promise<T | { duplicate: SameNameMatch }> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof SameNameError) return { duplicate: error.existing };
    throw error;
  }
}
