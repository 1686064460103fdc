-- ID-porten access tokens are now stored sealed (lib/platform/auth/sealed-login-token.ts). Tokens stored in clear before
-- are removed rather than kept readable: their sessions connect ID-porten again when a page needs Altinn for the person.
UPDATE "UserSession" SET "loginAccessToken" = NULL, "loginAccessTokenExpiresAt" = NULL WHERE "loginAccessToken" IS NOT NULL;
