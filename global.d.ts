import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/messages";

// Message keys are typed from the Chinese catalogue: a key missing from it fails `tsc`, not a resident.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
