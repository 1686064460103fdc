"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { InputField } from "@/components/forms/input-field";
import { Button } from "@/components/ui/button";
import { MarkdownField } from "./markdown-field";
import type { TSectionsView } from "./text-binding";

/** The owner's own sections (title + Markdown): added, removed and reordered in place. */
export function SectionsField({ sections }: { sections: TSectionsView }) {
  const t = useTranslations("documentation.editor.sections");
  const { items } = sections;
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("legend")}</legend>
      <p className="text-sm text-slate-600">{t("hint")}</p>
      {items.length === 0 && <p className="text-sm text-slate-700">{t("none")}</p>}
      <ol className="space-y-4">
        {items.map(({ key, title, body }, index) => (
          <li key={key} className="space-y-3 rounded border border-slate-200 p-3">
            <p className="text-sm font-medium text-slate-700">{t("number", { number: index + 1 })}</p>
            <InputField
              id={`sections-${index}-title`}
              label={t("title")}
              error={title.error}
              describedBy={title.describedBy}
              after={title.after}
              {...(title.registration ?? title.start)}
            />
            <MarkdownField
              id={`sections-${index}-body`}
              label={t("body")}
              hint={t("bodyHint")}
              error={body.error}
              describedBy={body.describedBy}
              after={body.after}
              registration={body.registration}
              textareaProps={body.start}
            />
            <div className="flex flex-wrap gap-2">
              <Button size="xs" disabled={index === 0} onClick={() => sections.move(index, index - 1)}>
                {t("moveUp", { number: index + 1 })}
              </Button>
              <Button size="xs" disabled={index === items.length - 1} onClick={() => sections.move(index, index + 1)}>
                {t("moveDown", { number: index + 1 })}
              </Button>
              <Button size="xs" variant="danger" onClick={() => sections.remove(index)}>
                {t("remove", { number: index + 1 })}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <FieldError id="sections-error" message={sections.error} />
      <Button size="xs" disabled={!sections.canAdd} onClick={sections.add}>
        {t("add")}
      </Button>
    </fieldset>
  );
}
