"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useTranslations } from "next-intl";
import { CopyButton } from "./copy-button";

export type TSnippets = { json: string; curl: string; typescript: string };
const FORMATS = ["json", "curl", "typescript"] as const;

/** The same request as JSON, curl and TypeScript, one tab each (Radix tabs: arrow keys, roles), each copyable. */
export function SnippetTabs({ snippets }: { snippets: TSnippets }) {
  const t = useTranslations("integrationKit.snippets");
  return (
    <Tabs.Root defaultValue="json" className="space-y-2">
      <Tabs.List aria-label={t("label")} className="flex gap-2 border-b border-slate-200">
        {FORMATS.map((format) => (
          <Tabs.Trigger
            key={format}
            value={format}
            className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm data-[state=active]:border-brand-600 data-[state=active]:font-medium"
          >
            {t(format)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {FORMATS.map((format) => (
        <Tabs.Content key={format} value={format} className="space-y-2">
          <CopyButton text={snippets[format]} label={t("copy", { format: t(format) })} />
          <pre
            data-testid={`snippet-${format}`}
            tabIndex={0}
            className="max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
          >
            <code>{snippets[format]}</code>
          </pre>
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
