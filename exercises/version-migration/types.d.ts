// Types the editor knows about while you solve "version-migration". They are global:
// use them in your code without importing anything.

/** A user as version 2 of the API sends it. */
interface UserV2 {
  /** The user's id, e.g. "usr_123". */
  user_id: string;
  /** The whole name in one string, as the user typed it: "Ada King Lovelace", "Cher", or with stray spaces. */
  full_name: string;
  /** One way to reach the user: an email address (it contains "@") or else a phone number such as "+44 20 7946 0958". */
  contact: string;
}

/** A user as version 3 of the API sends it. */
interface UserV3 {
  /** The same id as user_id in v2. */
  id: string;
  name: {
    /** The first word of the name. */
    first: string;
    /** Every word after the first, joined by single spaces; "" for a one-word name. */
    last: string;
  };
  /** The email address, or null when the user gave none. */
  email: string | null;
  /** The phone number, or null when the user gave none. */
  phone: string | null;
}

/** When a version stops being recommended, when it stops answering, and where clients read how to move on. */
interface DeprecationPlan {
  /** From this instant on, the version is deprecated (whole seconds). */
  deprecatedAt: Date;
  /** From this instant on, the version is gone: it answers 410 Gone (whole seconds, after deprecatedAt). */
  sunsetAt: Date;
  /** The URL of the migration guide, e.g. "https://api.example.com/docs/migrate-v2-to-v3". */
  migrationGuide: string;
}

/** What a response from the old version carries at one instant. */
interface DeprecationSignal {
  /** Response header names and values: Deprecation, Sunset and Link once deprecated; none before. */
  headers: Record<string, string>;
  /** True from sunsetAt on: the server answers 410 Gone instead of serving the old version. */
  gone: boolean;
}
