// The December rush alone (bench/rush/suite.ts), on the build already there: prints its report
// and writes its part of bench/results/latest.json (`rush`, `rendered_vs_signin`, `rendered_cost`),
// keeping the rest of the file. `npm run bench` runs the same after its other metrics.
// BENCH_PORT (default 3410) + 2 and + 3 are the servers' ports, + 4 the statement counter's; RUSH_* as in bench/rush/suite.ts.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { requireBuild } from "../bench/build";
import { benchRush, printRush } from "../bench/rush/suite";

requireBuild();
const port = Number(process.env.BENCH_PORT ?? 3410) + 2;
const report = await benchRush(port);
printRush(report);

const file = "bench/results/latest.json";
const previous = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
const machine = { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30) };
mkdirSync("bench/results", { recursive: true });
writeFileSync(file, JSON.stringify({ ...previous, rushDate: new Date().toISOString(), rushMachine: machine, ...report }, null, 2));
console.log(`\nWritten: ${file}`);
process.exit(0);
