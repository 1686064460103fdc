import { getTranslations } from "next-intl/server";
import { RetryButton } from "@/components/ui/retry-button";
import type { TPublication } from "@/lib/consent-resources/consent-resource-select";
import type { TRegistrySync } from "@/lib/publishing/latest-registry-changes";
import type { TRegistryDrift } from "@/lib/publishing/read-registry-drift";
import { ConfirmChangeButton } from "./confirm-change-button";
import { PublishForm } from "./publish-form";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { toUpstreamEnv, type TEnvironment } from "@/lib/platform/environment";

const SYNC_CLASS = { PENDING: "text-amber-800", SYNCED: "text-green-800", FAILED: "text-red-800" } as const;

/** One environment: the version it has, whether the registry has it yet, and what may be done. */
export async function EnvironmentPanel(props: {
  orgNumber: string;
  identifier: string;
  environment: TEnvironment;
  publication: TPublication | null;
  sync: TRegistrySync | null;
  drift: TRegistryDrift | null;
  versions: number[];
  maxVersion: number | null;
  /** Versions restricted to access lists (`accessListMode` Enabled). */
  restrictedVersions: number[];
  /** Identifiers of the owner's access lists connected to the resource in this environment. */
  connectedLists: string[];
  canChange: boolean;
  canRetry: boolean;
}) {
  const t = await getTranslations("publishing");
  const { publication, sync, environment } = props;
  return (
    <section
      aria-labelledby={`env-${environment}`}
      className={cardClass({ className: "space-y-3" })}
      data-testid={`environment-${environment}`}
    >
      <h2 id={`env-${environment}`} className="text-lg font-semibold">
        {t(`environments.${environment}`)}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t("title")}</dt>
        <dd data-testid="published-version">
          {publication
            ? `${t("published", { version: publication.version })} · ${t(`states.${publication.state}`)}`
            : t("notPublished")}
        </dd>
        {publication && publication.state !== "DELETED" && (
          <>
            <dt className="font-medium">{t("requesters.label")}</dt>
            <dd data-testid="requesters">
              {!props.restrictedVersions.includes(publication.version)
                ? t("requesters.all")
                : props.connectedLists.length > 0
                  ? t("requesters.lists", { lists: props.connectedLists.join(", ") })
                  : t("requesters.none")}
            </dd>
          </>
        )}
        <dt className="font-medium">{t("sync.label")}</dt>
        <dd data-testid="sync-state" className={sync ? SYNC_CLASS[sync.status] : undefined}>
          {sync ? t(`sync.${sync.status}`, { reason: sync.lastError ?? "" }) : t("sync.none")}
        </dd>
      </dl>
      {sync?.status === "FAILED" && props.canRetry && (
        <RetryButton
          orgNumber={props.orgNumber}
          changeId={sync.changeId}
          label={t("sync.retry")}
          pendingLabel={t("sync.retrying")}
        />
      )}
      {props.drift && <DriftNote drift={props.drift} />}
      {props.canChange && (
        <div className="space-y-3 border-t border-slate-200 pt-3">
          {/* Remounted when the versions on offer change (a save, a status change, test confirming a version), so the
              chosen version starts again from the one production may take rather than the one first shown. */}
          <PublishForm
            key={`${props.versions[0]}-${props.maxVersion}`}
            orgNumber={props.orgNumber}
            identifier={props.identifier}
            environment={environment}
            versions={props.versions}
            maxVersion={props.maxVersion}
            restrictedVersions={props.restrictedVersions}
            connectedLists={props.connectedLists}
            currentVersion={publication && publication.state !== "DELETED" ? publication.version : null}
            accessListsHref={`/orgs/${props.orgNumber}/access-lists?environment=${toUpstreamEnv(environment)}`}
          />
          <div className="flex flex-wrap gap-3">
            {publication?.state === "PUBLISHED" && (
              <ConfirmChangeButton
                orgNumber={props.orgNumber}
                identifier={props.identifier}
                environment={environment}
                change="withdraw"
              />
            )}
            {environment === "TEST" && publication && publication.state !== "DELETED" && (
              <ConfirmChangeButton
                orgNumber={props.orgNumber}
                identifier={props.identifier}
                environment={environment}
                change="delete"
              />
            )}
          </div>
          {environment === "PROD" && publication && <ProdDeleteRefused />}
        </div>
      )}
    </section>
  );
}

/**
 * Deleting is never offered in production: Altinn's registry refuses it there (ResourceController.cs,
 * `EnvironmentAllowsDeletingOfResources`; see lib/publishing/delete-test-consent-resource.ts). The button stays, disabled,
 * with the reason beside it, so the owner learns why rather than looking for it.
 */
async function ProdDeleteRefused() {
  const t = await getTranslations("publishing");
  return (
    <div className="flex flex-wrap items-start gap-3">
      <Button disabled aria-describedby="prod-delete-refused">
        {t("deleteProd")}
      </Button>
      <p id="prod-delete-refused" className="max-w-md text-sm text-slate-700" data-testid="prod-delete-refused">
        {t("deleteProdRefused")}
      </p>
    </div>
  );
}

async function DriftNote({ drift }: { drift: TRegistryDrift }) {
  const t = await getTranslations("publishing");
  const tFields = await getTranslations("consentResources.fields");
  const label = (field: string) => (tFields.has(field as never) ? tFields(field as never) : field);
  const text =
    drift.state === "match"
      ? t("driftNone")
      : drift.state === "missing"
        ? t("driftMissing")
        : drift.state === "unavailable"
          ? t("driftUnavailable")
          : t("driftFields", { fields: drift.fields.map(label).join(", ") });
  return (
    <p className="text-sm text-slate-700" data-testid="registry-drift">
      <span className="font-medium">{t("driftTitle")}:</span> {text}
    </p>
  );
}
