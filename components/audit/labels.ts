import { getTranslations } from "next-intl/server";

// Readable names for action codes and entity types; unknown codes are shown as they are.
export async function auditLabels() {
  const t = await getTranslations("audit");
  return {
    action: (code: string) => (t.has(`actions.${code}`) ? t(`actions.${code}`) : code),
    entity: (type: string) => (t.has(`entities.${type}`) ? t(`entities.${type}`) : type),
  };
}
