/**
 * `npm run admin:create` (tsx db/admin-create-cli.ts): the first administrator of a new installation — or
 * another one later. Asks for the login, name and password at a prompt (the password is not shown as it is
 * typed, and asked twice), or reads them from ADMIN_LOGIN, ADMIN_NAME and ADMIN_PASSWORD for scripts. In an
 * empty database it also creates the station (STATION_SLUG, STATION_NAME, STATION_ADDRESS, STATION_PHONE,
 * STATION_AREA_KM2, or the prompt); with several stations, STATION_SLUG (or `--station <slug>`) names one.
 * Prints what it created, never the password.
 */
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

// Imports are dynamic so that an invalid environment (lib/env throws on import) is reported like any other error.
export {};

const interactive = process.stdin.isTTY === true;

/** A value from the environment, else asked for at the prompt (hidden for passwords). */
async function ask(variable: string, question: string, hidden = false): Promise<string> {
  const fromEnv = process.env[variable];
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!interactive) throw new Error(`${variable} is not set and there is no terminal to ask at`);
  return prompt(question, hidden);
}

async function prompt(question: string, hidden: boolean): Promise<string> {
  let muted = false;
  // Echo goes through this stream, so a hidden answer's keystrokes are simply not written.
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = terminal.question(question);
    muted = hidden;
    const value = await answer;
    if (hidden) process.stdout.write("\n");
    return value;
  } finally {
    terminal.close();
  }
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

async function main(): Promise<void> {
  const { env } = await import("../lib/env");
  const { openDatabase } = await import("./client");
  const { countStations, createAdministrator } = await import("./accounts");
  const { administratorSchema, firstProblem, stationSchema } = await import("../lib/validation/administrator");

  const login = await ask("ADMIN_LOGIN", "Login of the new administrator: ");
  const name = await ask("ADMIN_NAME", "Their name (shown in the dashboard and the audit log): ");
  const password = await ask("ADMIN_PASSWORD", "Password (at least 12 characters, not shown): ", true);
  if (!process.env.ADMIN_PASSWORD && (await prompt("The same password again: ", true)) !== password) {
    throw new Error("the two passwords differ; nothing was created");
  }
  const admin = administratorSchema.safeParse({ login, name, password });
  if (!admin.success) throw new Error(`${firstProblem(admin.error)}; nothing was created`);

  const handle = await openDatabase({ url: env.DATABASE_URL, dataDir: env.PGLITE_DIR, max: 1 });
  try {
    let newStation;
    if ((await countStations(handle.db)) === 0) {
      console.log("The database has no station yet: describe it.");
      const station = stationSchema.safeParse({
        slug: await ask("STATION_SLUG", "Station's short name for addresses (e.g. qingshi): "),
        name: await ask("STATION_NAME", "Station's name (e.g. 青石派出所): "),
        address: await ask("STATION_ADDRESS", "Its address: "),
        phone: await ask("STATION_PHONE", "Its public telephone number: "),
        areaKm2: await ask("STATION_AREA_KM2", "Area it serves, in km² (e.g. 2.80): "),
      });
      if (!station.success) throw new Error(`station ${firstProblem(station.error)}; nothing was created`);
      newStation = station.data;
    }

    const result = await createAdministrator(handle.db, { ...admin.data, stationSlug: option("station") ?? process.env.STATION_SLUG, newStation });
    switch (result.status) {
      case "login_taken":
        throw new Error(`an account "${admin.data.login}" exists already; nothing was created`);
      case "station_needed":
        throw new Error(`name the station with --station (one of: ${result.stations.join(", ")}); nothing was created`);
      case "created":
        if (result.stationCreated) console.log(`admin:create: station "${newStation?.name}" created`);
        console.log(`admin:create: administrator "${admin.data.login}" (${admin.data.name}) created; sign in at /login`);
    }
  } finally {
    await handle.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`admin:create failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
