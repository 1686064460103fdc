import type { TActionError } from "@/lib/errors/action-result";

/** The outcome of a form's last submission, announced to screen readers. */
export function FormStatus({ error, success }: { error?: TActionError | null; success?: string | null }) {
  return (
    <div aria-live="polite">
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          {error.message}
        </p>
      )}
      {success && !error && (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-800">
          {success}
        </p>
      )}
    </div>
  );
}
