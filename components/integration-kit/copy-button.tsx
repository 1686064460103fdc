"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

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
      <Button size="xs" onClick={copy}>
        {props.label}
      </Button>
      <span role="status" className="text-sm text-slate-600">
        {outcome ? t(outcome) : ""}
      </span>
    </span>
  );
}
