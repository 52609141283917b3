import { getTranslations } from "next-intl/server";
import { RotationOrderEditor } from "@/components/blocs/rotation-order-editor";

type Slot = { unitId: string; unit: { id: string; name: string; code: string } };

/** The bloc's rotation order: editable for managers, a plain ordered list for everyone else. */
export async function RotationOrder({ blocId, slots, editable }: { blocId: string; slots: Slot[]; editable: boolean }) {
  const t = await getTranslations("blocs");
  if (slots.length === 0) return <p className="text-sm text-slate-600">{t("rotation.empty")}</p>;
  const units = slots.map((s) => ({ id: s.unit.id, name: s.unit.name, code: s.unit.code }));
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("rotation.hint")}</p>
      {editable ? (
        <RotationOrderEditor blocId={blocId} units={units} />
      ) : (
        <ol className="list-decimal space-y-1 pl-6 text-sm text-slate-800">
          {units.map((u) => (
            <li key={u.id}>
              {u.name} <span className="font-mono text-xs text-slate-600">{u.code}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
