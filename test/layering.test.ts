import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import-boundary rule in eslint.config.mjs (eslint-plugin-boundaries) fails on each kind of violation and passes
// on allowed imports: linted as if the text were a file at that path in this repository.

const root = fileURLToPath(new URL("..", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === "boundaries/dependencies").map((m) => m.message);
}

describe("the layering rule", () => {
  it.each([
    [
      "the platform importing a feature",
      "lib/platform/http/x.ts",
      'import { scopeJobs } from "@/lib/scopes/scope-jobs";',
    ],
    ["a feature importing a component", "lib/scopes/x.ts", 'import { Button } from "@/components/ui/button";'],
    ["a feature importing a route", "lib/scopes/x.ts", 'import Page from "@/app/(portal)/page";'],
    ["a component importing a route", "components/ui/x.tsx", 'import Page from "@/app/(portal)/page";'],
    [
      "the portal importing the emulator",
      "lib/scopes/x.ts",
      'import { startEmulator } from "@/emulator/start-emulator";',
    ],
    ["the emulator importing the portal", "emulator/x.ts", 'import { logger } from "../lib/platform/logger";'],
  ])(
    "refuses %s",
    async (_name, filePath, source) => {
      expect(
        await boundaryErrors(filePath, `${source}\nexport const used = [${source.match(/import \{? ?(\w+)/)?.[1]}];\n`),
      ).toHaveLength(1);
    },
    30_000,
  );

  it.each([
    [
      "a route importing a component, a feature and the platform",
      "app/x/page.tsx",
      'import { Button } from "@/components/ui/button";\nimport { scopeJobs } from "@/lib/scopes/scope-jobs";\nimport { logger } from "@/lib/platform/logger";\nexport const used = [Button, scopeJobs, logger];\n',
    ],
    [
      "a feature importing another feature and the platform",
      "lib/publishing/x.ts",
      'import { scopeJobs } from "@/lib/scopes/scope-jobs";\nimport { logger } from "@/lib/platform/logger";\nexport const used = [scopeJobs, logger];\n',
    ],
  ])(
    "allows %s",
    async (_name, filePath, source) => {
      expect(await boundaryErrors(filePath, source)).toEqual([]);
    },
    30_000,
  );
});
