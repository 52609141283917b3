// Group colours: dark enough for white value labels on top (WCAG AA at 12px bold), told apart
// by hue; beyond nine groups they repeat, and the legend and data table still name each one.
export const GROUP_COLORS = ["#0369a1", "#047857", "#b45309", "#6d28d9", "#be123c", "#0f766e", "#4338ca", "#a16207", "#475569"] as const;

export const colorOf = (index: number) => GROUP_COLORS[index % GROUP_COLORS.length];
