import type { HTMLAttributes, ReactNode } from "react";
import { cardClass, type TCardStyle } from "./card";

const HEADING_CLASS = { 2: "text-lg font-semibold", 3: "font-semibold" } as const;

export type THeadingLevel = keyof typeof HEADING_CLASS;

/** A section's heading: an h2 in a page, an h3 inside a section (a form beside another in a panel). */
export function SectionHeading(props: { id?: string; level?: THeadingLevel; className?: string; children: ReactNode }) {
  const { level = 2 } = props;
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <Heading id={props.id} className={props.className ?? HEADING_CLASS[level]}>
      {props.children}
    </Heading>
  );
}

export type TSectionHeading = {
  /** The heading's id; the section is named by it (a region screen readers list), and links may point at it. */
  headingId: string;
  title: ReactNode;
  level?: THeadingLevel;
  headingClassName?: string;
  /** Beside the heading, at the far end of its line (a "Check again" button). */
  aside?: ReactNode;
};

/** The heading line of a section: its heading, and what stands beside it. */
export function SectionTitle({ headingId, title, level, headingClassName, aside }: TSectionHeading) {
  const heading = (
    <SectionHeading id={headingId} level={level} className={headingClassName}>
      {title}
    </SectionHeading>
  );
  if (!aside) return heading;
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      {heading}
      {aside}
    </div>
  );
}

type TSectionProps = Omit<HTMLAttributes<HTMLElement>, "title" | "className"> &
  TSectionHeading &
  TCardStyle & {
    /** Shown as a panel (white, bordered), like a Card. */
    card?: boolean;
    children?: ReactNode;
  };

/**
 * A section of a page named by its heading: the one shape for every titled part of a page, as a panel (`card`)
 * or plain.
 */
export function Section({
  headingId,
  title,
  level,
  headingClassName,
  aside,
  card = false,
  tone,
  padding,
  className,
  children,
  ...rest
}: TSectionProps) {
  const look = card || tone ? cardClass({ tone, padding, className }) : className;
  return (
    <section aria-labelledby={headingId} className={look} {...rest}>
      <SectionTitle
        headingId={headingId}
        title={title}
        level={level}
        headingClassName={headingClassName}
        aside={aside}
      />
      {children}
    </section>
  );
}
