import { StepUpButton } from "@/components/auth/step-up-button";
import type { TActionError } from "@/lib/platform/errors/action-result";

const BOXED = {
  error: "rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800",
  success: "rounded border border-green-300 bg-green-50 p-3 text-sm text-green-800",
};
const COMPACT = { error: "text-sm text-red-700", success: "text-sm text-green-800" };

/**
 * The outcome of a form's or a button's last action, announced to screen readers: boxed under a form, `compact`
 * (a line of text) beside a button in a row or a panel.
 */
export function FormStatus({
  error,
  success,
  compact = false,
}: {
  error?: TActionError | null;
  success?: string | null;
  compact?: boolean;
}) {
  const look = compact ? COMPACT : BOXED;
  return (
    <div aria-live="polite">
      {error && (
        <p role="alert" className={look.error}>
          {error.message}
        </p>
      )}
      {error?.code === "STEP_UP_REQUIRED" && <StepUpButton />}
      {success && !error && (
        <p role="status" className={look.success}>
          {success}
        </p>
      )}
    </div>
  );
}
