import { Tabs } from "@/components/ui/tabs";
import { CopyButton } from "./copy-button";

/**
 * The same thing in several formats, one tab each, each copyable in a scrollable block the keyboard can reach. Used by
 * client components only (it takes the per-format texts as functions).
 */
export function CodeTabs<TFormat extends string>(props: {
  label: string;
  formats: readonly TFormat[];
  defaultFormat: TFormat;
  name: (format: TFormat) => string;
  code: (format: TFormat) => string;
  copyLabel: (format: TFormat) => string;
  testId: (format: TFormat) => string;
  listClassName?: string;
}) {
  return (
    <Tabs
      label={props.label}
      defaultValue={props.defaultFormat}
      listClassName={props.listClassName}
      tabs={props.formats.map((format) => ({
        value: format,
        label: props.name(format),
        panel: (
          <>
            <CopyButton text={props.code(format)} label={props.copyLabel(format)} />
            <pre
              data-testid={props.testId(format)}
              tabIndex={0}
              className="max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100"
            >
              <code>{props.code(format)}</code>
            </pre>
          </>
        ),
      }))}
    />
  );
}
