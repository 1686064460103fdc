"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { SubmitButton } from "@/components/forms/submit-button";
import { linkAccessListAction, unlinkAccessListAction } from "@/lib/actions/access-list-actions";

type TResource = { id: string; identifier: string };

/**
 * Links the list to the organisation's consent resources (members may then request consent), and unlinks. Linking
 * to or unlinking from a resource published restricted to access lists also updates its policy (the action says so).
 */
export function ResourceLinksPanel(props: {
  orgNumber: string;
  accessListId: string;
  environmentName: string;
  linked: TResource[];
  available: TResource[];
  canEdit: boolean;
}) {
  const t = useTranslations("accessLists.links");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [resourceId, setResourceId] = useState("");
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ ok: boolean; message: string } | null>(null);
  const base = { orgNumber: props.orgNumber, accessListId: props.accessListId };

  const link = (event: FormEvent) => {
    event.preventDefault();
    const resource = props.available.find((candidate) => candidate.id === resourceId);
    if (!resource) return setFieldError(t("choose"));
    setFieldError(null);
    startTransition(async () => {
      const result = await linkAccessListAction({ ...base, resourceId });
      const done = result.ok && result.data.policyChangeId ? "linkedPolicy" : "linked";
      setOutcome(result.ok ? { ok: true, message: t(done, { identifier: resource.identifier }) } : { ok: false, message: result.error.message });
      if (result.ok) setResourceId("");
      router.refresh();
    });
  };

  const unlink = (resource: TResource) =>
    startTransition(async () => {
      const result = await unlinkAccessListAction({ ...base, resourceId: resource.id });
      const done = result.ok && result.data.policyChangeId ? "unlinkedPolicy" : "unlinked";
      setOutcome(result.ok ? { ok: true, message: t(done, { identifier: resource.identifier }) } : { ok: false, message: result.error.message });
      router.refresh();
    });

  return (
    <section aria-labelledby="links-heading" className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="links-heading" className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm text-slate-700">{t("intro", { environment: props.environmentName })}</p>
      {props.linked.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="space-y-1" data-testid="linked-resources">
          {props.linked.map((resource) => (
            <li key={resource.id} className="flex items-center gap-3">
              <span className="font-mono">{resource.identifier}</span>
              {props.canEdit && (
                <button type="button" disabled={pending} onClick={() => unlink(resource)} aria-label={t("unlinkResource", { identifier: resource.identifier })} className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50">
                  {t("unlink")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.canEdit && props.available.length === 0 && props.linked.length === 0 && <p className="text-sm text-slate-600">{t("noResources")}</p>}
      {props.canEdit && props.available.length > 0 && (
        <form onSubmit={link} noValidate className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="link-resource" className="block text-sm font-medium">{t("resource")}</label>
            <select
              id="link-resource"
              value={resourceId}
              onChange={(event) => setResourceId(event.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby="link-resource-error"
              className="mt-1 rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-600"
            >
              <option value="">{t("choose")}</option>
              {props.available.map((resource) => <option key={resource.id} value={resource.id}>{resource.identifier}</option>)}
            </select>
            <p id="link-resource-error" className="mt-1 text-sm text-red-700">{fieldError}</p>
          </div>
          <SubmitButton pending={pending} label={t("link")} className="mb-7" />
        </form>
      )}
      {outcome && (
        <p role={outcome.ok ? "status" : "alert"} className={`text-sm ${outcome.ok ? "text-green-800" : "text-red-700"}`}>{outcome.message}</p>
      )}
    </section>
  );
}
