"use client";

import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { TextAreaField } from "@/components/forms/text-area-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { applyDefinitionsAction, planDefinitionsAction, type TPlanAnswer } from "@/lib/definitions/definitions-actions";
import type { TPlannedChange } from "@/lib/definitions/definitions-schema";
import type { TUpstreamEnvironment } from "@/lib/platform/environment";
import { ParseErrorList } from "./parse-error-list";
import { PlannedChangesTable } from "./planned-changes-table";

const FIELD_ID = "definitions-document";

/**
 * Paste or upload a document, plan it (every member), then apply exactly that plan (administrators; production under
 * the production rule, whose "Log in again" FormStatus offers). Editing the text forgets the plan, so what is applied
 * is always what was last planned.
 */
export function DefinitionsEditor(props: { orgNumber: string; environment: TUpstreamEnvironment; canApply: boolean }) {
  const t = useTranslations("definitions.editor");
  const [text, setText] = useState("");
  const [plan, setPlan] = useState<TPlanAnswer | null>(null);
  const [applied, setApplied] = useState<TPlannedChange[] | null>(null);
  const planning = useActionSubmit();
  const applying = useActionSubmit();
  const input = { orgNumber: props.orgNumber, environment: props.environment, text };

  function edit(value: string) {
    setText(value);
    setPlan(null);
    planning.reset();
    applying.reset();
  }
  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) edit(await file.text());
  }
  async function runPlan() {
    setApplied(null);
    await planning.submit(planDefinitionsAction, input, (answer) => setPlan(answer));
  }
  async function runApply() {
    await applying.submit(applyDefinitionsAction, input, (result) => {
      setApplied(result.applied);
      setPlan(null);
      return t("applied", { count: result.applied.length });
    });
  }

  const errors = plan && !plan.ok ? plan.errors : null;
  const changes = plan?.ok ? plan.changes : null;
  return (
    <div className="space-y-4">
      <TextAreaField
        id={FIELD_ID}
        label={t("document")}
        hint={t("documentHint")}
        rows={14}
        textareaClassName="font-mono text-xs"
        invalid={errors !== null}
        describedBy={errors ? `${FIELD_ID}-problems` : undefined}
        textareaProps={{ value: text, onChange: (event) => edit(event.target.value), spellCheck: false }}
        after={errors && <ParseErrorList id={`${FIELD_ID}-problems`} errors={errors} />}
      />
      <div>
        <label htmlFor="definitions-upload" className="block text-sm font-medium">
          {t("upload")}
        </label>
        <input
          id="definitions-upload"
          type="file"
          accept=".yaml,.yml,.json"
          onChange={upload}
          className="mt-1 text-sm"
        />
      </div>
      <Button
        variant="primary"
        onClick={runPlan}
        disabled={!text.trim()}
        pending={planning.pending}
        pendingLabel={t("planning")}
      >
        {t("plan")}
      </Button>
      <FormStatus error={planning.error} />
      {changes && (
        <div className="space-y-3">
          <PlannedChangesTable changes={changes} caption={t("planCaption")} testId="definitions-plan" />
          {changes.length > 0 && props.canApply && (
            <Button variant="primary" onClick={runApply} pending={applying.pending} pendingLabel={t("applying")}>
              {t("apply", { count: changes.length })}
            </Button>
          )}
          {changes.length > 0 && !props.canApply && <p className="text-sm text-slate-700">{t("applyAdminOnly")}</p>}
        </div>
      )}
      <FormStatus error={applying.error} success={applying.success} />
      {applied && applied.length > 0 && (
        <PlannedChangesTable changes={applied} caption={t("appliedCaption")} testId="definitions-applied" />
      )}
    </div>
  );
}
