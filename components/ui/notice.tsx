import type { HTMLAttributes } from "react";

/**
 * Something the reader should know before going on (not a service owner, not allowed here, nothing to pick from):
 * amber, boxed. `role="alert"` where it replaces what the page would show.
 */
export function Notice({
  className,
  ...rest
}: Omit<HTMLAttributes<HTMLParagraphElement>, "className"> & { className?: string }) {
  return (
    <p
      className={["rounded border border-amber-300 bg-amber-50 p-3 text-amber-900", className]
        .filter(Boolean)
        .join(" ")}
      {...rest}
    />
  );
}
