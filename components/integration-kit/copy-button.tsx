"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** Copies a text to the clipboard and says whether it worked (announced to screen readers). */
export function CopyButton(props: { text: string; label: string }) {
  const t = useTranslations("integrationKit.snippets");
  const [outcome, setOutcome] = useState<"copied" | "copyFailed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
      setOutcome("copied");
    } catch {
      setOutcome("copyFailed");
    }
  };
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100">
        {props.label}
      </button>
      <span role="status" className="text-sm text-slate-600">
        {outcome ? t(outcome) : ""}
      </span>
    </span>
  );
}
