import type { HTMLAttributes } from "react";

const TONES = { default: "border-slate-200", danger: "border-red-200" } as const;
const PADDINGS = { md: "p-4", sm: "p-3", none: "" } as const;

export type TCardStyle = {
  /** `danger` for a panel whose action cannot be taken back (delete, deactivate, revoke). */
  tone?: keyof typeof TONES;
  /** `sm` for a card in a list, `none` for a table framed as a card. */
  padding?: keyof typeof PADDINGS;
  /** Layout only: spacing, width. */
  className?: string;
};

/** The portal's panel look (white on the page's grey, a light border), for elements that cannot be a `Card`. */
export function cardClass({ tone = "default", padding = "md", className }: TCardStyle = {}) {
  return ["rounded border bg-white", TONES[tone], PADDINGS[padding], className].filter(Boolean).join(" ");
}

type TCardProps = Omit<HTMLAttributes<HTMLElement>, "className"> &
  TCardStyle & { as?: "section" | "div" | "article" | "li" | "fieldset" | "p" };

/** A panel of the page: a section by default, or the element that says what it is. */
export function Card({ as: Element = "section", tone, padding, className, ...rest }: TCardProps) {
  return <Element className={cardClass({ tone, padding, className })} {...rest} />;
}
