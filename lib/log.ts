import { format, inspect } from "node:util";

/**
 * The server's log: one line per event on standard output — JSON in production (`{"time","level","msg",…}`,
 * for a log collector), a readable line in development — with personal data and secrets taken out before
 * anything is written. Residents' phones, ID numbers, tracking secrets, passwords, session cookies and the
 * text of their messages never reach a log line, whichever code wrote it: the server's own calls go through
 * `log`, and `installConsoleBridge` sends Next's and the libraries' console output through the same filter.
 *
 * Reads LOG_FORMAT itself (not lib/env.ts): it must be able to report an environment that does not validate.
 */

export type LogLevel = "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

// Field names whose values are withheld whatever they hold: secrets, and what residents write or give us.
const WITHHELD_KEY =
  /^(k|body|text|comment|answers?|params|parameters|detail|address|note|where|recipient|residentName|recipientName|name_of_resident)$|pass(word)?|secret|token|cookie|authori[sz]ation|phone|mobile|id_?number|credential/i;

// Values recognised inside any text (messages, error texts, stack traces, URLs).
const REDACTIONS: [RegExp, string][] = [
  // Resident ID numbers (GB 11643: 17 digits and a check character; the old 15-digit form).
  [/(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])/g, "[id-number]"],
  [/(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])/g, "[id-number]"],
  // Mainland mobile numbers, with or without +86, and landlines with an area code.
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g, "[phone]"],
  [/(?<!\d)0\d{2,3}-\d{7,8}(?!\d)/g, "[phone]"],
  // A tracking link's secret (?k=…), session cookies and bearer tokens, a password inside a database URL.
  [/([?&]k=)[^&\s"'<>]+/g, "$1[secret]"],
  [/((?:__Secure-|__Host-)?authjs\.[a-z-]+=)[^;\s"']+/gi, "$1[secret]"],
  [/(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g, "$1[secret]"],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:)[^@/\s]+@/gi, "$1[secret]@"],
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, "[email]"],
];

/** Text with phone numbers, ID numbers, e-mail addresses and secrets replaced by placeholders. */
export function redactText(text: string): string {
  return REDACTIONS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

// A failed query's message ends with its parameters — the values a resident typed. Only the SQL is kept.
function withoutQueryParameters(message: string): string {
  const cut = message.search(/\n\s*params:/);
  return cut === -1 ? message : message.slice(0, cut);
}

/** An error as a log field: its kind, cleaned message, database error code and constraint, causes, stack. */
export function errorFields(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return redactValue(error, depth);
  const source = error as Error & Record<string, unknown>;
  const fields: Record<string, unknown> = { name: error.name, message: redactText(withoutQueryParameters(error.message)) };
  for (const key of ["code", "severity", "constraint_name", "table_name", "column_name", "errno", "syscall", "digest"]) {
    if (typeof source[key] === "string" || typeof source[key] === "number") fields[key] = source[key];
  }
  if (error.stack) {
    // The first line repeats the message (parameters and all); the frames are file positions.
    const frames = error.stack.split("\n").filter((line) => /^\s+at /.test(line));
    fields.stack = redactText(frames.slice(0, 12).join("\n"));
  }
  if (error.cause !== undefined && depth < 3) fields.cause = errorFields(error.cause, depth + 1);
  return fields;
}

/** Any value made safe to log: withheld keys blanked, text redacted, errors described, depth and size capped. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return redactText(value.length > 2_000 ? `${value.slice(0, 2_000)}…` : value);
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Error) return errorFields(value, depth);
  if (value instanceof Date) return value.toISOString();
  if (depth >= 4) return "[…]";
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redactValue(item, depth + 1));
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>).slice(0, 50)) {
      out[key] = WITHHELD_KEY.test(key) && item !== null && item !== undefined && item !== "" ? "[withheld]" : redactValue(item, depth + 1);
    }
    return out;
  }
  return redactText(String(value));
}

type Sink = (line: string) => void;

interface LoggerState {
  sink: Sink;
  format: "json" | "text";
  minimum: number;
}

const state: LoggerState = {
  sink: (line) => process.stdout.write(`${line}\n`),
  format: (process.env.LOG_FORMAT ?? (process.env.NODE_ENV === "production" ? "json" : "text")) === "json" ? "json" : "text",
  minimum: LEVELS[(process.env.LOG_LEVEL as LogLevel | undefined) ?? "info"] ?? LEVELS.info,
};

/** Tests and tools: where lines go and how they look. Returns a function that puts things back. */
export function configureLog(options: Partial<{ sink: Sink; format: "json" | "text"; level: LogLevel }>): () => void {
  const before = { ...state };
  if (options.sink) state.sink = options.sink;
  if (options.format) state.format = options.format;
  if (options.level) state.minimum = LEVELS[options.level];
  return () => Object.assign(state, before);
}

// Kept before the console bridge replaces them: the sink may fall back on them, and must not loop.
const originalConsole = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };

function write(level: LogLevel, msg: string, fields: LogFields = {}): void {
  if (LEVELS[level] < state.minimum) return;
  const safe = redactValue(fields) as Record<string, unknown>;
  const entry = { time: new Date().toISOString(), level, msg: redactText(msg), ...safe };
  try {
    if (state.format === "json") {
      state.sink(JSON.stringify(entry));
    } else {
      const rest = Object.entries(safe).map(([key, value]) => `${key}=${typeof value === "string" ? value : inspect(value, { breakLength: Infinity, depth: 4 })}`);
      state.sink([entry.time, level.toUpperCase().padEnd(5), entry.msg, ...rest].join(" "));
    }
  } catch (error) {
    originalConsole.error("log line could not be written", error instanceof Error ? error.message : String(error));
  }
}

export const log = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};

const BRIDGED = Symbol.for("portal.log.console-bridge");

/**
 * Sends console output (Next's own error reports, libraries' warnings) through the log: the same line format
 * and the same redaction. An Error among the arguments becomes the line's `error` field.
 */
export function installConsoleBridge(): void {
  const flags = globalThis as { [BRIDGED]?: boolean };
  if (flags[BRIDGED]) return;
  flags[BRIDGED] = true;
  const bridge = (level: LogLevel) => (...args: unknown[]) => {
    const error = args.find((arg) => arg instanceof Error);
    const text = format(...args.filter((arg) => arg !== error)).trim();
    write(level, text || (error instanceof Error ? error.message : ""), error ? { error } : undefined);
  };
  console.log = bridge("info");
  console.info = bridge("info");
  console.debug = bridge("debug");
  console.warn = bridge("warn");
  console.error = bridge("error");
}
