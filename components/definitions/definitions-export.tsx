"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Saves text as a file in the browser: the export is already on the page, so nothing is fetched again. */
function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The environment's export as YAML or JSON files, and the YAML to read on the page. */
export function DefinitionsExport(props: { yaml: string; json: string; fileName: string }) {
  const t = useTranslations("definitions.export");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => download(props.yaml, `${props.fileName}.yaml`, "application/yaml")}>
          {t("downloadYaml")}
        </Button>
        <Button onClick={() => download(props.json, `${props.fileName}.json`, "application/json")}>
          {t("downloadJson")}
        </Button>
      </div>
      <details>
        <summary className="cursor-pointer text-sm">{t("show")}</summary>
        <pre
          data-testid="definitions-export"
          className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
        >
          {props.yaml}
        </pre>
      </details>
    </div>
  );
}
