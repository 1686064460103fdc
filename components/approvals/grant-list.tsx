import { getTranslations } from "next-intl/server";
import type { TAccessRequestDetail } from "@/lib/access-requests/get-access-request";
import { RetryGrantButton } from "./retry-grant-button";

/** Each upstream change an approval or revocation queued, with its sync state; failed ones can be retried. */
export async function GrantList(props: { orgNumber: string; grants: TAccessRequestDetail["grants"]; canRetry: boolean }) {
  const t = await getTranslations("accessRequests.grants");
  if (props.grants.length === 0) return null;
  return (
    <section aria-labelledby="grants-heading" className="space-y-2">
      <h2 id="grants-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-2">
        {props.grants.map((grant) => {
          const status = grant.change?.status ?? "PENDING";
          return (
            <li key={grant.id} data-testid="access-grant" data-status={status} className="rounded border border-slate-200 bg-white p-2">
              <p>
                {t(`${grant.operation === "revoke" ? "revoke" : "grant"}.${grant.kind === "scope-access" ? "scope" : "list"}`, {
                  target: grant.target,
                })}{" "}
                — <span className="font-medium">{t(`sync.${status}`)}</span>
              </p>
              {grant.change?.lastError && (
                <p className="text-sm text-red-800">{t("lastError", { reason: grant.change.lastError, attempts: grant.change.attempts })}</p>
              )}
              {status === "FAILED" && props.canRetry && grant.change && (
                <RetryGrantButton orgNumber={props.orgNumber} changeId={grant.change.id} target={grant.target} />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
