import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

// The README's first run loads the environment files with sh (`set -a; . /etc/thi-dua/env`), as
// systemd's EnvironmentFile= does for the service: a value with spaces left unquoted ran its
// second word as a command and left the council's name empty.
describe("the deploy's environment files", () => {
  for (const file of ["deploy/env.example", "deploy/owner.env.example"]) {
    it(`${file} loads in sh with every value whole`, () => {
      const out = execFileSync("sh", ["-c", `set -a; . ./${file}; env -0`], {
        cwd: root,
        env: { PATH: process.env.PATH, NODE_ENV: "test" },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
      const loaded = new Map(
        out
          .split("\0")
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
      );
      if (file === "deploy/env.example") {
        expect(loaded.get("COUNCIL_NAME")).toBe("Hội đồng Thi đua - Khen thưởng tỉnh Ninh Bình");
        expect(loaded.get("BOARD_NAME")).toBe("Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Ninh Bình");
        expect(loaded.get("COUNCIL_PLACE")).toBe("Ninh Bình");
        expect(loaded.get("APP_COMPRESSION")).toBe("off");
      } else expect(loaded.get("MIGRATION_DATABASE_URL")).toMatch(/^postgresql:\/\//);
    });
  }
});
