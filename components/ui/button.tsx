import type { ComponentProps } from "react";

const VARIANTS = {
  /** The form's main action (save, create, publish). */
  primary: "bg-brand-600 font-medium text-white hover:bg-brand-700",
  /** Anything else: a row's action, a retry, a filter. */
  secondary: "border border-slate-300 hover:bg-slate-100",
  /** Takes something away (remove, refuse, revoke, deny). */
  danger: "border border-red-300 text-red-800 hover:bg-red-50",
  /** The confirmed removal itself, inside a dialog that asked first. */
  dangerSolid: "bg-red-700 font-medium text-white hover:bg-red-800",
} as const;

const SIZES = { md: "px-4 py-2", sm: "px-3 py-1.5", xs: "px-2 py-1 text-sm" } as const;

export type TButtonVariant = keyof typeof VARIANTS;
export type TButtonSize = keyof typeof SIZES;
export type TButtonStyle = { variant?: TButtonVariant; size?: TButtonSize; className?: string };

/**
 * The portal's button look, for elements that cannot be a `Button` (a link styled as one, a Radix trigger).
 * `className` adds layout only (a margin, an alignment).
 */
export function buttonClass({ variant = "secondary", size = "sm", className }: TButtonStyle = {}) {
  return ["rounded disabled:opacity-60", VARIANTS[variant], SIZES[size], className].filter(Boolean).join(" ");
}

type TButtonProps = Omit<ComponentProps<"button">, "className"> &
  TButtonStyle & {
    /** The action it started is running: disabled, so it cannot be sent twice, and saying so with `pendingLabel`. */
    pending?: boolean;
    pendingLabel?: string;
  };

/** Every button of the portal; `type` is "button" unless said otherwise, so a button in a form never submits it by accident. */
export function Button({
  variant,
  size,
  className,
  pending = false,
  pendingLabel,
  disabled,
  type = "button",
  children,
  ...rest
}: TButtonProps) {
  return (
    <button type={type} disabled={disabled || pending} className={buttonClass({ variant, size, className })} {...rest}>
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
