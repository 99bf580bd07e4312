import { z } from "zod";

/**
 * Environment, validated once at start (instrumentation.ts and the db scripts import this first).
 * A bad value stops the process with a message naming the variable, instead of failing later on a request.
 */
const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// or postgresql:// URL")
  .optional()
  .or(z.literal("").transform(() => undefined));
const flag = z
  .enum(["true", "false", "1", "0"])
  .default("false")
  .transform((v) => v === "true" || v === "1");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  // The owner of the tables, for `npm run db:migrate` only (the app's own role then cannot change the audit log).
  MIGRATION_DATABASE_URL: postgresUrl,
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL such as https://police.example.cn" })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  // Honour X-Forwarded-For only behind a reverse proxy that sets it; otherwise clients could pick their own key.
  TRUST_PROXY: flag,
  // Production on PostgreSQL refuses to start while an account has the published demo password, unless this
  // says the database is a demo (the tests' and the bench's).
  ALLOW_DEMO_PASSWORD: flag,
  // Read by Next itself; checked here so a malformed key stops the start with a clear message.
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .refine((key) => [16, 24, 32].includes(Buffer.from(key, "base64").length) && /^[A-Za-z0-9+/]+=*$/.test(key), "must be a base64 AES key (openssl rand -base64 32)")
    .optional(),
  LOG_FORMAT: z.enum(["json", "text"]).optional(),
  // Who delivers staff notifications: "log" (development) for now; SMS or WeCom senders join this list.
  NOTIFY_SENDER: z.enum(["log"]).default("log"),
  // Submissions one client (address + browser) may send per hour, one address (whatever the browser) per hour,
  // and one phone number per day.
  SUBMIT_LIMIT_PER_CLIENT_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
  SUBMIT_LIMIT_PER_ADDRESS_HOUR: z.coerce.number().int().min(1).max(100_000).default(120),
  SUBMIT_LIMIT_PER_PHONE_DAY: z.coerce.number().int().min(1).max(100_000).default(10),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env = load();
