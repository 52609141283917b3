// Small display helpers shared by the award screens.

export const proposalStatusTone = { DRAFT: "amber", SUBMITTED: "sky", RETURNED: "red", ACCEPTED: "sky", DECIDED: "green" } as const;
