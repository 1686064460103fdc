import type { TMessages } from "./lib/platform/i18n/load-messages";

// Message keys are type-checked against the English files; the bokmål files must have the same shape.
declare module "next-intl" {
  interface AppConfig {
    Messages: TMessages;
  }
}
