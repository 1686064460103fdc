import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";

/**
 * Every page's frame: its one h1, what the page is for, then the page; `lg` spacing for pages of panels and forms.
 * `before` stands above the heading (the back link of a detail page).
 */
export function PageShell(props: {
  title: ReactNode;
  intro?: ReactNode;
  spacing?: "md" | "lg";
  before?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <section className={props.spacing === "lg" ? "space-y-6" : "space-y-4"}>
      {props.before}
      <h1 className="text-2xl font-semibold break-words">{props.title}</h1>
      {props.intro && <p className="max-w-3xl text-slate-700">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/** A page that only says why there is nothing here for the caller (not a service owner, not allowed). */
export function NoticePage(props: { title: string; notice: ReactNode; alert?: boolean }) {
  return (
    <PageShell title={props.title}>
      <Notice role={props.alert ? "alert" : undefined}>{props.notice}</Notice>
    </PageShell>
  );
}
