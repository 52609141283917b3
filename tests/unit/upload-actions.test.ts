import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { UPLOAD_ACTIONS, uploadActionIds } from "@/lib/limits/body-limits";

const root = path.resolve(import.meta.dirname, "../..");

describe("upload actions", () => {
  it("lists every action that takes FormData (formAction), so its body may be megabytes", () => {
    const found: string[] = [];
    for (const file of readdirSync(path.join(root, "lib"), { recursive: true }).map(String)) {
      if (!file.endsWith(".ts")) continue;
      const text = readFileSync(path.join(root, "lib", file), "utf8");
      for (const m of text.matchAll(/export const (\w+) = formAction\(/g)) found.push(`lib/${file.split(path.sep).join("/")}#${m[1]}`);
    }
    expect(found.sort()).toEqual([...UPLOAD_ACTIONS].sort());
  });

  it("finds their ids in a build's manifest, and stops when one is missing", () => {
    const node = Object.fromEntries(
      [...UPLOAD_ACTIONS, "lib/units/actions.ts#createUnitAction"].map((name, i) => {
        const [filename, exportedName] = name.split("#");
        return [`7f0${i}`, { filename, exportedName, workers: {} }];
      }),
    );
    expect([...uploadActionIds({ node })].sort()).toEqual(UPLOAD_ACTIONS.map((_, i) => `7f0${i}`));
    delete node["7f01"];
    expect(() => uploadActionIds({ node })).toThrow(/lib\/evidence\/actions.ts#uploadEvidenceAction/);
  });
});
