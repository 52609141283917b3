"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CheckboxField, FieldErrorText, SelectField, TextField } from "@/components/ui/fields";
import type { AccountShape } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

export type UserDefaults = {
  username: string;
  name: string;
  title: string | null;
  email: string | null;
  role: Role;
  unitId: string | null;
  isUnitHead: boolean;
  allBlocs: boolean;
  blocIds: string[];
};

type Option = { value: string; label: string };

type Props = { user?: UserDefaults; roles: AccountShape[]; units: Option[]; blocs: Option[]; isSelf?: boolean };

// Unit and unit head apply to unit officers, the bloc scope to board staff (`roles`, from the
// permission table): fields that do not apply to the chosen role are not rendered, so they are not sent either.
export function UserFields({ user, roles, units, blocs, isSelf }: Props) {
  const t = useTranslations("users");
  const tr = useTranslations("roles");
  const [role, setRole] = useState<Role>(user?.role ?? "UNIT_OFFICER");
  const shape = roles.find((r) => r.role === role);
  const [allBlocs, setAllBlocs] = useState(user?.allBlocs ?? false);

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField name="name" label={t("fields.name")} required defaultValue={user?.name} autoComplete="off" />
      <TextField
        name="username"
        label={t("fields.username")}
        hint={t("fields.usernameHint")}
        required
        defaultValue={user?.username}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField name="title" label={t("fields.title")} defaultValue={user?.title ?? ""} />
      <TextField name="email" label={t("fields.email")} type="email" defaultValue={user?.email ?? ""} />
      <SelectField
        name="role"
        label={t("fields.role")}
        required
        hint={isSelf ? t("fields.roleSelfHint") : undefined}
        options={roles.map((r) => ({ value: r.role, label: tr(r.role) }))}
        value={role}
        onChange={(e) => setRole(e.target.value as Role)}
        className="sm:col-span-2"
      />
      {shape?.unit && (
        <>
          <SelectField
            name="unitId"
            label={t("fields.unit")}
            required
            placeholder={t("fields.unitPlaceholder")}
            options={units}
            defaultValue={user?.unitId ?? ""}
          />
          <CheckboxField
            name="isUnitHead"
            label={t("fields.isUnitHead")}
            hint={t("fields.isUnitHeadHint")}
            defaultChecked={user?.isUnitHead}
            className="sm:self-end sm:pb-2"
          />
        </>
      )}
      {shape?.blocs && (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3 sm:col-span-2">
          <legend className="px-1 text-sm font-medium text-slate-800">{t("fields.scope")}</legend>
          <CheckboxField
            name="allBlocs"
            label={t("fields.allBlocs")}
            hint={t("fields.allBlocsHint")}
            checked={allBlocs}
            onChange={(e) => setAllBlocs(e.target.checked)}
          />
          {!allBlocs &&
            (blocs.length === 0 ? (
              <p className="text-sm text-slate-600">{t("fields.noBlocs")}</p>
            ) : (
              <div>
                <p className="text-sm text-slate-700">{t("fields.assignedBlocs")}</p>
                <ul className="mt-2 grid gap-1.5 sm:grid-cols-2">
                  {blocs.map((b) => (
                    <li key={b.value}>
                      <label className="flex items-start gap-2 text-sm text-slate-800">
                        <input
                          type="checkbox"
                          name="blocIds[]"
                          value={b.value}
                          defaultChecked={user?.blocIds.includes(b.value)}
                          className="mt-0.5 h-4 w-4 rounded border-slate-400"
                        />
                        {b.label}
                      </label>
                    </li>
                  ))}
                </ul>
                <FieldErrorText name="blocIds" />
              </div>
            ))}
        </fieldset>
      )}
    </div>
  );
}
