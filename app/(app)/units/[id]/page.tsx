import { notFound } from "next/navigation";
import { requireSession } from "@/lib/auth/session";
import { unitResults } from "@/lib/overview/results";
import { pastNames, predecessorHistory, unitEnding } from "@/lib/reorg/queries";
import { unitCan } from "@/lib/units/policy";
import { getUnit, unitDeletable } from "@/lib/units/queries";
import { UnitView } from "@/components/units/unit-view";

export default async function UnitPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await requireSession();
  const unit = await getUnit(session, (await params).id);
  if (!unit) notFound();
  const can = unitCan(session, unit.id);
  const deletable = can.manage && (await unitDeletable(session, unit.id));
  const [results, ending, names, history] = await Promise.all([
    can.results ? unitResults(session, unit.id) : null,
    unitEnding(session, unit.id),
    pastNames(session, unit.id),
    predecessorHistory(session, unit.id),
  ]);
  return <UnitView unit={unit} deletable={deletable} results={results} ending={ending} names={names} history={history} can={can} />;
}
