export const sheetStatusTone = { NONE: "slate", DRAFT: "amber", SUBMITTED: "green", RETURNED: "red" } as const;
