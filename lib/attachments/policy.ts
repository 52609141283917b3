import type { AppSession } from "@/lib/auth/session-types";
import type { Permission } from "@/lib/auth/permissions";
import { canInYear, type YearContext } from "@/lib/blocs/policy";
import type { OwnerType } from "@/lib/attachments/schemas";

/** Who may add or remove the files of each kind of owner (checked per bloc year). */
const OWNER_PERMISSION: Record<OwnerType, Permission> = { conference: "conference.manage", activity: "activity.manage" };

/** Files follow their owner: whoever manages the conference or activity manages its files. */
export function canManageAttachments(session: AppSession, ownerType: OwnerType, year: YearContext) {
  return canInYear(session, OWNER_PERMISSION[ownerType], year);
}
