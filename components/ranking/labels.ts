export const rankingStatusTone = { LIVE: "amber", SIGNED_OFF: "sky", APPROVED: "green", RETURNED: "red", REOPENED: "red" } as const;
