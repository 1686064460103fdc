"use client";

import * as Tabs from "@radix-ui/react-tabs";
import { useTranslations } from "next-intl";
import { REDIRECT_SNIPPET_FORMATS, type TRedirectSnippets } from "@/lib/integration-kit/redirect-snippets";
import { CopyButton } from "./copy-button";

const TAB_CLASS =
  "-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm data-[state=active]:border-brand-600 data-[state=active]:font-medium";

/** The return read in six stacks, one Radix tab each (arrow keys, roles), each copyable. */
export function RedirectSnippetTabs({ snippets }: { snippets: TRedirectSnippets }) {
  const t = useTranslations("redirectKit.snippets");
  const tabs = REDIRECT_SNIPPET_FORMATS.map((format) => ({ format, name: t(format), code: snippets[format] }));
  return (
    <Tabs.Root defaultValue="express" className="space-y-2">
      <Tabs.List aria-label={t("label")} className="flex flex-wrap gap-2 border-b border-slate-200">
        {tabs.map(({ format, name }) => (
          <Tabs.Trigger key={format} value={format} className={TAB_CLASS}>
            {name}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map(({ format, name, code }) => (
        <Tabs.Content key={format} value={format} className="space-y-2">
          <CopyButton text={code} label={t("copy", { format: name })} />
          <pre
            data-testid={`redirect-snippet-${format}`}
            tabIndex={0}
            className="max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
          >
            <code>{code}</code>
          </pre>
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
