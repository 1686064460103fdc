import type en from "./messages/en.json";

// Message keys are type-checked against the English file; nb.json must have the same shape.
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
