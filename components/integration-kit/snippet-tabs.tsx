"use client";

import { useTranslations } from "next-intl";
import type { TRequestSnippets } from "@/lib/integration-kit/request-snippets";
import { CodeTabs } from "./code-tabs";

const FORMATS = ["json", "curl", "typescript"] as const;

/** The same request as JSON, curl and TypeScript, one tab each (arrow keys, roles), each copyable. */
export function SnippetTabs({ snippets }: { snippets: TRequestSnippets }) {
  const t = useTranslations("integrationKit.snippets");
  return (
    <CodeTabs
      label={t("label")}
      formats={FORMATS}
      defaultFormat="json"
      name={(format) => t(format)}
      code={(format) => snippets[format]}
      copyLabel={(format) => t("copy", { format: t(format) })}
      testId={(format) => `snippet-${format}`}
    />
  );
}
