import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { UPLOAD_BODY_BYTES } from "./lib/limits/body-limits";
import { isHttpsUrl, securityHeaders } from "./lib/security/headers";

const dev = process.env.NODE_ENV !== "production";
// Read by `next build`: the built app keeps these headers (see lib/security/headers.ts).
const headers = securityHeaders({ dev, https: isHttpsUrl(process.env.NEXTAUTH_URL) });

const config: NextConfig = {
  // A separate build folder lets two builds (say, two developers' e2e runs) share a checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Read when the server starts. Behind deploy/nginx-site.conf, which gzips in its own process, the
  // app's gzip is work done twice over: APP_COMPRESSION=off there (docs/PERFORMANCE.md, "Compression at the proxy").
  compress: process.env.APP_COMPRESSION !== "off",
  // CI has run `tsc --noEmit` on the same files just before `npm test` builds (.ci/run); every other
  // build checks the types itself.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "1" },
  // Attachments (up to 10 MB) are uploaded through server actions; the default limit is 1 MB. This
  // is the cap for every action: the production server allows it only to the upload actions and
  // far less to the others and to callers not signed in (lib/limits/action-gate.ts).
  // No `allowedOrigins`: Next then runs an action only when the Origin header's host equals the
  // request's Host (or X-Forwarded-Host), so a form on another site cannot post to ours.
  experimental: { serverActions: { bodySizeLimit: UPLOAD_BODY_BYTES } },
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "@node-rs/argon2"],
  async headers() {
    return [{ source: "/:path*", headers }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(config);
