// Small display helpers shared by the pledge screens.

export const pledgeStatusTone = { DRAFT: "amber", OPEN: "sky", SIGNED: "green" } as const;
