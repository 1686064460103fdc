import { getTranslations } from "next-intl/server";
import type { TAccessRequestDetail } from "@/lib/access-requests/get-access-request";
import { RetryButton } from "@/components/ui/retry-button";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

/** Each upstream change an approval or revocation queued, with its sync state; failed ones can be retried. */
export async function GrantList(props: {
  orgNumber: string;
  grants: TAccessRequestDetail["grants"];
  canRetry: boolean;
}) {
  const t = await getTranslations("accessRequests.grants");
  if (props.grants.length === 0) return null;
  return (
    <Section headingId="grants-heading" title={t("title")} className="space-y-2">
      <ul className="space-y-2">
        {props.grants.map((grant) => {
          const status = grant.change?.status ?? "PENDING";
          return (
            <li key={grant.id} data-testid="access-grant" data-status={status} className={cardClass({ padding: "sm" })}>
              <p>
                {t(
                  `${grant.operation === "revoke" ? "revoke" : "grant"}.${grant.kind === "scope-access" ? "scope" : "list"}`,
                  {
                    target: grant.target,
                  },
                )}{" "}
                — <span className="font-medium">{t(`sync.${status}`)}</span>
              </p>
              {grant.change?.lastError && (
                <p className="text-sm text-red-800">
                  {t("lastError", { reason: grant.change.lastError, attempts: grant.change.attempts })}
                </p>
              )}
              {status === "FAILED" && props.canRetry && grant.change && (
                // Grants are re-sent by administrators only (the server checks it again).
                <RetryButton
                  orgNumber={props.orgNumber}
                  changeId={grant.change.id}
                  label={t("retry")}
                  ariaLabel={t("retryLabel", { target: grant.target })}
                  inline
                />
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
