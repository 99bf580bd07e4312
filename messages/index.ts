import type { Locale } from "@/lib/i18n/locales";
import en from "./en";
import zhCN from "./zh-CN";

/** Every catalogue by locale. Chinese is the reference: the English one must have the same namespaces. */
export const catalogues = { "zh-CN": zhCN, en } satisfies Record<Locale, typeof zhCN>;

export type Messages = typeof zhCN;
export type Namespace = keyof Messages;
