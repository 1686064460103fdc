import "server-only";
import pino from "pino";

// One logger for the server. Secrets are redacted by key wherever they appear in a logged object.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  redact: {
    paths: [
      "*.password",
      "*.secret",
      "*.clientSecret",
      "*.client_secret",
      "*.token",
      "*.accessToken",
      "*.access_token",
      "*.idToken",
      "*.id_token",
      "*.assertion",
      "*.privateKey",
      "*.authorization",
      "*.headers.authorization",
      "*.headers.cookie",
    ],
    censor: "[redacted]",
  },
});
