import { z } from "zod";
import { LOCALES } from "@/lib/platform/i18n/locales";
import { MARKDOWN_MAX_LENGTH, MAX_SECTIONS, SECTION_TITLE_MAX_LENGTH } from "./limits";

// What an editor writes about a consent resource for its consumers. Shared by the editor form
// (react-hook-form) and the server action; messages are keys under `errors.fields`, and a message
// that names a limit carries it as `key|value` for FieldError to fill in.

const markdown = z.string().max(MARKDOWN_MAX_LENGTH, { message: `tooLong|${MARKDOWN_MAX_LENGTH}` });

export const ZDocumentationSection = z.object({
  title: z
    .string()
    .trim()
    .min(1, { message: "required" })
    .max(SECTION_TITLE_MAX_LENGTH, { message: `tooLong|${SECTION_TITLE_MAX_LENGTH}` }),
  body: markdown,
});

export const ZDocumentationContent = z.object({
  /** The steps a consumer must take, in Markdown. */
  steps: markdown,
  /** Access packages or roles the consumer (or the person who consents) needs, in Markdown. */
  requiredAccess: markdown,
  /** Whom to contact, in Markdown. */
  contact: markdown,
  sections: z.array(ZDocumentationSection).max(MAX_SECTIONS, { message: `tooManySections|${MAX_SECTIONS}` }),
});

/** The largest version a save may name: PostgreSQL's INTEGER, so an absurd number is a field error, not a crash. */
export const MAX_DOCUMENTATION_VERSION = 2_147_483_647;

export const ZSaveDocumentation = ZDocumentationContent.extend({
  orgNumber: z.string().regex(/^\d{9}$/),
  identifier: z.string().min(1),
  /** The language this text is written in; each language is saved on its own (issue 16.6). */
  language: z.enum(LOCALES),
  /** The saved version of this language the form was loaded at (0: nothing saved yet); a save over a newer one is refused. */
  version: z.number().int().min(0).max(MAX_DOCUMENTATION_VERSION),
});

export type TDocumentationSection = z.infer<typeof ZDocumentationSection>;
export type TDocumentationContent = z.infer<typeof ZDocumentationContent>;
export type TSaveDocumentation = z.infer<typeof ZSaveDocumentation>;
