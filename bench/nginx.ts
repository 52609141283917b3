// Debian's nginx in a folder of its own in front of several app instances, round robin on loopback,
// as deploy/nginx-site.conf puts it in front of one, compressing for them (the apps run with
// APP_COMPRESSION=off, as deploy/env.example sets it): for the rush against two instances
// (bench/rush/setups.ts) and the two-instance browser tier (tests/e2e/two-instances.spec.ts).
// The instance that answered is named in X-Upstream.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

export type RunningProxy = { base: string; pid: number; stop: () => Promise<void> };

// The gzip lines of deploy/nginx-site.conf itself, so what is measured and tested is what a province deploys.
function deployedGzip() {
  const lines = readFileSync(path.resolve("deploy/nginx-site.conf"), "utf8")
    .split("\n")
    .filter((line) => /^\s*gzip/.test(line));
  if (lines.length === 0) throw new Error("deploy/nginx-site.conf has no gzip lines");
  return lines.join("\n");
}

function config(dir: string, port: number, upstreams: readonly number[]) {
  return `
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream app {
${upstreams.map((p) => `    server 127.0.0.1:${p};`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 30m;
${deployedGzip()}
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_read_timeout 120s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}`;
}

export async function startNginx(port: number, upstreams: readonly number[]): Promise<RunningProxy> {
  if (!NGINX) throw new Error("nginx is not installed (apt-get install nginx-light)");
  const dir = await mkdtemp(path.join(os.tmpdir(), "tdk-nginx-"));
  await writeFile(path.join(dir, "nginx.conf"), config(dir, port, upstreams));
  const child = spawn(NGINX, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (
    !(await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} (${dir}/error.log)`);
    if (Date.now() > deadline) throw new Error("nginx did not answer within 30 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }).then(() => rm(dir, { recursive: true, force: true }));
  return { base, pid: child.pid!, stop };
}
