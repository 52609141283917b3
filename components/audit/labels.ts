import { getTranslations } from "next-intl/server";

// Readable names for action codes and entity types; unknown codes are shown as they are.
export async function auditLabels() {
  const t = await getTranslations("audit");
  // Codes such as "unit.create" are nested keys in the messages; a code naming a group is not a label.
  const label = (key: string, fallback: string) => (t.has(key) && typeof t.raw(key) === "string" ? t(key) : fallback);
  return {
    action: (code: string) => label(`actions.${code}`, code),
    entity: (type: string) => label(`entities.${type}`, type),
  };
}
