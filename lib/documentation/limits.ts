// The documentation's limits, apart from its zod schemas (schemas.ts checks them): the editor shows them before
// zod has loaded, which it does only when the form is first checked (issue 17: first-visit JavaScript).

export const MARKDOWN_MAX_LENGTH = 20_000;
export const SECTION_TITLE_MAX_LENGTH = 120;
export const MAX_SECTIONS = 20;
