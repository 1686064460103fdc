"use client";

import { useTranslations } from "next-intl";
import type { TScopeInMaskinporten } from "@/lib/scopes/compare-with-maskinporten";

/** What Maskinporten has for one scope compared with the portal: same, differs (which fields), missing, or unknown. */
export function ScopeInMaskinporten(props: {
  comparison: TScopeInMaskinporten | undefined;
  /** The scope's latest change is still on its way: a difference now says nothing. */
  pending: boolean;
  checking: boolean;
  failed: boolean;
}) {
  const t = useTranslations("scopes.maskinporten");
  const tField = useTranslations("scopes.maskinporten.fields");
  const { comparison } = props;
  let text: string;
  let tone = "text-slate-700";
  if (props.pending) {
    text = t("waiting");
  } else if (props.failed) {
    text = t("unknown", { reason: t("portalError") });
    tone = "text-amber-800";
  } else if (!comparison) {
    text = props.checking ? t("checking") : t("notChecked");
  } else if (comparison.state === "same") {
    text = t("same");
    tone = "text-green-800";
  } else if (comparison.state === "differs") {
    text = t("differs", {
      fields: comparison.fields.map((field) => tField(field)).join(", "),
      count: comparison.fields.length,
    });
    tone = "text-red-800";
  } else if (comparison.state === "missing") {
    text = t("missing");
    tone = "text-red-800";
  } else {
    text = t("unknown", { reason: comparison.reason });
    tone = "text-amber-800";
  }
  return (
    <span
      data-testid="scope-in-maskinporten"
      data-state={props.pending ? "waiting" : props.failed ? "unknown" : (comparison?.state ?? "checking")}
      className={tone}
    >
      {text}
    </span>
  );
}
