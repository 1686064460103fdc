"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SelectField } from "@/components/forms/select-field";
import { useActionSubmit } from "@/components/forms/use-action-submit";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { publishConsentResourceAction } from "@/lib/publishing/publishing-actions";
import type { TEnvironment } from "@/lib/platform/environment";

/**
 * Chooses a saved version and publishes it to one environment. For production, versions newer than
 * what test has confirmed are explained rather than offered silently; so is a version restricted to access
 * lists while no list is connected in this environment (with the way to connect one). The server checks both again.
 */
export function PublishForm(props: {
  orgNumber: string;
  identifier: string;
  environment: TEnvironment;
  versions: number[];
  /** Highest version production may take (test's synced version), or null when test has none. */
  maxVersion: number | null;
  /** Versions whose `accessListMode` is Enabled: only members of connected lists may request consent. */
  restrictedVersions: number[];
  /** The owner's access lists connected to the resource in this environment. */
  connectedLists: string[];
  /** The version this environment has now (published or withdrawn), for production's "what changes" summary. */
  currentVersion: number | null;
  /**
   * The access lists page of this environment. Built by the server: the environment module's URL helper sits beside
   * its zod schemas, ~27 kB of compressed JavaScript this page would otherwise load for one string (issue 17).
   */
  accessListsHref: string;
}) {
  const t = useTranslations("publishing");
  const environmentName = t(`environments.${props.environment}`);
  const [version, setVersion] = useState(props.maxVersion ?? props.versions[0] ?? 1);
  const { error, success, pending, submit } = useActionSubmit();
  const prodBlocked = props.maxVersion !== null ? version > props.maxVersion : props.environment === "PROD";
  const needsList = props.restrictedVersions.includes(version) && props.connectedLists.length === 0;
  const blocked = prodBlocked || needsList;
  const id = `publish-version-${props.environment}`;

  const publish = () =>
    void submit(
      publishConsentResourceAction,
      { orgNumber: props.orgNumber, identifier: props.identifier, environment: props.environment, version },
      () => t("publishedMessage", { version, environment: environmentName }),
    );

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-3">
        <SelectField
          id={id}
          label={t("version")}
          value={version}
          onChange={(event) => setVersion(Number(event.target.value))}
        >
          {props.versions.map((v, index) => (
            <option key={v} value={v}>
              {t("versionOption", { version: v })} {index === 0 ? t("latestSuffix") : ""}
            </option>
          ))}
        </SelectField>
        {props.environment === "PROD" ? (
          // Production is what citizens and consumers use: the change is summarised and confirmed first.
          <ConfirmDialog
            tone="primary"
            triggerSize="md"
            trigger={t("publishTo", { environment: environmentName })}
            pendingLabel={t("publishing")}
            pending={pending}
            triggerDisabled={blocked}
            triggerDescribedBy={blocked ? `${id}-blocked` : undefined}
            title={t("confirmPublishTitle", { version })}
            description={
              <ul className="list-disc space-y-1 pl-5" data-testid="publish-summary">
                <li>
                  {props.currentVersion === null
                    ? t("summaryFirst", { version })
                    : t("summaryReplaces", { version, current: props.currentVersion })}
                </li>
                <li>
                  {props.restrictedVersions.includes(version)
                    ? t("summaryLists", { lists: props.connectedLists.join(", ") })
                    : t("summaryAll")}
                </li>
              </ul>
            }
            cancelLabel={t("cancel")}
            confirmLabel={t("confirmPublish")}
            onConfirm={publish}
          />
        ) : (
          <Button
            variant="primary"
            size="md"
            onClick={publish}
            pending={pending}
            pendingLabel={t("publishing")}
            disabled={blocked}
            aria-describedby={blocked ? `${id}-blocked` : undefined}
          >
            {t("publishTo", { environment: environmentName })}
          </Button>
        )}
      </div>
      {blocked && (
        <div id={`${id}-blocked`} className="space-y-1 text-sm text-slate-700">
          {prodBlocked && <p>{t("prodBlocked")}</p>}
          {needsList && (
            <p data-testid="access-list-required">
              {t("accessListNeeded", { version, environment: environmentName })}{" "}
              <Link href={props.accessListsHref} className="text-brand-700 underline">
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
