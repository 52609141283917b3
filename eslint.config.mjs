import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  // Links go through components/ui/link.tsx, which turns prefetching off (see there).
  {
    files: ["app/**", "components/**"],
    ignores: ["components/ui/link.tsx"],
    rules: { "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: 'Use { Link } from "@/components/ui/link" (no prefetching).' }] }] },
  },
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
