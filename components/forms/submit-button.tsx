const PRIMARY = "rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";

/**
 * A form's primary submit button: disabled while the submission runs, so it cannot be sent twice, and saying so
 * with `pendingLabel` where the form has one. `className` adds layout only (a margin, an alignment).
 */
export function SubmitButton({
  pending,
  label,
  pendingLabel = label,
  className,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  className?: string;
}) {
  return (
    <button type="submit" disabled={pending} className={className ? `${className} ${PRIMARY}` : PRIMARY}>
      {pending ? pendingLabel : label}
    </button>
  );
}
