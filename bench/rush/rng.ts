// A small seeded generator (mulberry32), so a rush with the same RUSH_SEED makes the same choices
// and waits the same think times: runs differ by the server's answers, not by the dice.

export type Rng = () => number;

export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A number in [low, high). */
export const between = (rng: Rng, low: number, high: number) => low + rng() * (high - low);

/** An integer in [low, high]. */
export const intBetween = (rng: Rng, low: number, high: number) => Math.floor(between(rng, low, high + 1));

/** One of the choices, each as likely as its weight. */
export function weighted<T>(rng: Rng, choices: readonly (readonly [number, T])[]): T {
  let r = rng() * choices.reduce((sum, [w]) => sum + w, 0);
  for (const [w, choice] of choices) {
    r -= w;
    if (r < 0) return choice;
  }
  return choices[choices.length - 1][1];
}
