// Named formats the messages use (`{date, date, long}`). With next-intl's `precompile` (next.config.ts) messages are
// formatted by use-intl's precompiled formatter, which knows a named style only from these formats; the full ICU
// parser (intl-messageformat, in tests and the worker) has the same four built in, with these very options, so both
// write the same text.
export const MESSAGE_FORMATS = {
  dateTime: {
    short: { month: "numeric", day: "numeric", year: "2-digit" },
    medium: { month: "short", day: "numeric", year: "numeric" },
    long: { month: "long", day: "numeric", year: "numeric" },
    full: { weekday: "long", month: "long", day: "numeric", year: "numeric" },
  },
} as const satisfies { dateTime: Record<string, Intl.DateTimeFormatOptions> };
