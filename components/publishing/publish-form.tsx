"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { publishConsentResourceAction } from "@/lib/actions/publishing-actions";
import type { TActionError } from "@/lib/errors/action-result";

/**
 * Chooses a saved version and publishes it to one environment. For production, versions newer than
 * what test has confirmed are explained rather than offered silently; so is a version restricted to access
 * lists while no list is connected in this environment (with the way to connect one). The server checks both again.
 */
export function PublishForm(props: {
  orgNumber: string;
  identifier: string;
  environment: "TEST" | "PROD";
  versions: number[];
  /** Highest version production may take (test's synced version), or null when test has none. */
  maxVersion: number | null;
  /** Versions whose `accessListMode` is Enabled: only members of connected lists may request consent. */
  restrictedVersions: number[];
  /** How many of the owner's access lists are connected to the resource in this environment. */
  connectedListCount: number;
}) {
  const t = useTranslations("publishing");
  const router = useRouter();
  const environmentName = t(`environments.${props.environment}`);
  const [version, setVersion] = useState(props.maxVersion ?? props.versions[0] ?? 1);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<TActionError | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const prodBlocked = props.maxVersion !== null ? version > props.maxVersion : props.environment === "PROD";
  const needsList = props.restrictedVersions.includes(version) && props.connectedListCount === 0;
  const blocked = prodBlocked || needsList;
  const id = `publish-version-${props.environment}`;
  const accessListsHref = `/orgs/${props.orgNumber}/access-lists?environment=${props.environment === "TEST" ? "test" : "prod"}`;

  const publish = () =>
    startTransition(async () => {
      setSuccess(null);
      const result = await publishConsentResourceAction({ orgNumber: props.orgNumber, identifier: props.identifier, environment: props.environment, version });
      setError(result.ok ? null : result.error);
      if (result.ok) setSuccess(t("publishedMessage", { version, environment: environmentName }));
      router.refresh();
    });

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={id} className="block text-sm font-medium">
            {t("version")}
          </label>
          <select id={id} value={version} onChange={(event) => setVersion(Number(event.target.value))} className="mt-1 rounded border border-slate-400 px-3 py-2">
            {props.versions.map((v, index) => (
              <option key={v} value={v}>
                {t("versionOption", { version: v })} {index === 0 ? t("latestSuffix") : ""}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={publish}
          disabled={pending || blocked}
          aria-describedby={blocked ? `${id}-blocked` : undefined}
          className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {pending ? t("publishing") : t("publishTo", { environment: environmentName })}
        </button>
      </div>
      {blocked && (
        <div id={`${id}-blocked`} className="space-y-1 text-sm text-slate-700">
          {prodBlocked && <p>{t("prodBlocked")}</p>}
          {needsList && (
            <p data-testid="access-list-required">
              {t("accessListNeeded", { version, environment: environmentName })}{" "}
              <Link href={accessListsHref} className="text-brand-700 underline">
                {t("accessListNeededLink")}
              </Link>
            </p>
          )}
        </div>
      )}
      <FormStatus error={error} success={success} />
    </div>
  );
}
