import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { SubmitButton, TextField } from "@/components/ui/fields";
import { addGuestAction, removeGuestAction } from "@/lib/conferences/actions";

type Guest = { id: string; name: string; title: string | null; organisation: string | null };

/** Guests attending and directing the conference (đại biểu tới dự và chỉ đạo). */
export async function GuestsCard({ conferenceId, guests, manage }: { conferenceId: string; guests: Guest[]; manage: boolean }) {
  const t = await getTranslations("conferences");
  return (
    <Card title={t("guests.title")}>
      <div className="space-y-4">
        {guests.length === 0 ? (
          <p className="text-sm text-slate-600">{t("guests.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {guests.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <div className="text-sm">
                  <div className="font-medium text-slate-900">{g.name}</div>
                  <div className="text-slate-600">{[g.title, g.organisation].filter(Boolean).join(", ")}</div>
                </div>
                {manage && (
                  <ConfirmButton
                    action={removeGuestAction}
                    input={{ guestId: g.id }}
                    label={t("guests.remove")}
                    title={t("guests.removeTitle")}
                    message={t("guests.removeConfirm", { name: g.name })}
                    confirmLabel={t("guests.remove")}
                    variant="secondary"
                  />
                )}
              </li>
            ))}
          </ul>
        )}
        {manage && (
          <div className="border-t border-slate-200 pt-4">
            <ActionForm action={addGuestAction} extra={{ conferenceId }} resetOnSuccess>
              <h3 className="text-sm font-semibold text-slate-800">{t("guests.add")}</h3>
              <div className="grid gap-4 sm:grid-cols-3">
                <TextField name="name" label={t("guests.name")} required />
                <TextField name="title" label={t("guests.guestTitle")} />
                <TextField name="organisation" label={t("guests.organisation")} />
              </div>
              <SubmitButton>{t("guests.add")}</SubmitButton>
            </ActionForm>
          </div>
        )}
      </div>
    </Card>
  );
}
