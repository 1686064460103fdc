import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

// The layering, held by eslint-plugin-boundaries rather than by memory: routes → components → features → platform.
// Features never import routes or components; the platform imports no feature; the portal never imports the emulator
// and the emulator imports nothing of the portal. Tests and their fixtures may cross (they wire real parts together).
const allowed = (...types) => ({ to: { element: { types: { anyOf: types } } } });
const layering = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "emulator/**/*.ts"],
  ignores: ["**/*.test.ts", "**/test-support/**", "lib/platform/upstream/contract/**"],
  plugins: { boundaries },
  settings: {
    "import/resolver": { typescript: { project: "./tsconfig.json" } },
    "boundaries/elements": [
      { type: "routes", pattern: "app" },
      { type: "components", pattern: "components" },
      { type: "platform", pattern: "lib/platform" },
      { type: "features", pattern: "lib/*", capture: ["feature"] },
      { type: "emulator", pattern: "emulator" },
    ],
  },
  rules: {
    "boundaries/dependencies": [
      "error",
      {
        default: "disallow",
        policies: [
          { from: { element: { type: "routes" } }, allow: allowed("routes", "components", "features", "platform") },
          { from: { element: { type: "components" } }, allow: allowed("components", "features", "platform") },
          { from: { element: { type: "features" } }, allow: allowed("features", "platform") },
          { from: { element: { type: "platform" } }, allow: allowed("platform") },
          { from: { element: { type: "emulator" } }, allow: allowed("emulator") },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    ".next-e2e-*/**",
    ".data/**",
    "lib/platform/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  layering,
  {
    // Playwright fixtures call their callback `use`; it is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
]);
