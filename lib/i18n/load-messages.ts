import type { TLocale } from "./locales";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

export type TMessages = typeof en;

const MESSAGES: Record<TLocale, TMessages> = { en, nb };

export function loadMessages(locale: TLocale): TMessages {
  return MESSAGES[locale];
}
