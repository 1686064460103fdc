import { useTranslations } from "next-intl";

const TONE: Record<string, string> = {
  SUBMITTED: "bg-slate-100 text-slate-800",
  APPROVED: "bg-blue-50 text-blue-900",
  PROVISIONING: "bg-amber-50 text-amber-900",
  ACTIVE: "bg-green-50 text-green-900",
  DENIED: "bg-red-50 text-red-900",
  FAILED: "bg-red-50 text-red-900",
  REVOKED: "bg-slate-200 text-slate-900",
};

/** A request's status in words (never colour alone). */
export function AccessRequestStatus({ status }: { status: string }) {
  const t = useTranslations("accessRequests.status");
  return (
    <span
      data-testid="access-request-status"
      data-status={status}
      className={`rounded px-2 py-0.5 text-sm font-medium ${TONE[status] ?? ""}`}
    >
      {t(status as "SUBMITTED")}
    </span>
  );
}
