import { customType } from "drizzle-orm/pg-core";

/** Binary data (a photo), read back as a Buffer whichever driver answered. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
