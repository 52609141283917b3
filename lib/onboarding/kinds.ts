// The four onboarding kinds in the order a province fills them in: units, then blocs, then the
// accounts (which name units and blocs), then each year's members (which name both).
import { accountsSpec } from "@/lib/onboarding/accounts";
import { blocsSpec } from "@/lib/onboarding/blocs";
import { membersSpec } from "@/lib/onboarding/members";
import type { AnySpec } from "@/lib/onboarding/spec";
import { unitsSpec } from "@/lib/onboarding/units";

export const SPECS: readonly AnySpec[] = [unitsSpec, blocsSpec, accountsSpec, membersSpec];
