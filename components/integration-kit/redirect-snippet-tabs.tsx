"use client";

import { useTranslations } from "next-intl";
import { REDIRECT_SNIPPET_FORMATS, type TRedirectSnippets } from "@/lib/integration-kit/redirect-snippets";
import { CodeTabs } from "./code-tabs";

/** The return read in six stacks, one tab each (arrow keys, roles), each copyable. */
export function RedirectSnippetTabs({ snippets }: { snippets: TRedirectSnippets }) {
  const t = useTranslations("redirectKit.snippets");
  return (
    <CodeTabs
      label={t("label")}
      formats={REDIRECT_SNIPPET_FORMATS}
      defaultFormat="express"
      listClassName="flex flex-wrap gap-2 border-b border-slate-200"
      name={(format) => t(format)}
      code={(format) => snippets[format]}
      copyLabel={(format) => t("copy", { format: t(format) })}
      testId={(format) => `redirect-snippet-${format}`}
    />
  );
}
