import type { UserRecord } from '../store/records';
import { joinName, splitName, type NameParts } from './name-parts';

/**
 * One store, three representations. The store keeps a user as v1 has always seen it
 * (`name`, `email`, `created_at`); the adapters here derive v2 and v3 from that record and
 * turn v2/v3 writes back into it. Two facts v1 has no place for live beside the store:
 * - the split of a name that a v2/v3 client wrote, so "Mary Ann" + "Evans" reads back
 *   as written instead of as the rule's guess (kept only while `name` still matches);
 * - v3's phone number (the record stays as GraphQL, gRPC and v1 know it).
 */

export interface UserV1 {
  id: string;
  name: string;
  email: string;
  created_at: string;
}

export interface UserV2 {
  id: string;
  first_name: string;
  last_name: string | null;
  email: string;
  created_at: string;
}

export interface UserV3 {
  id: string;
  name: NameParts;
  email: string;
  phone: string | null;
}

/** Phones of the seed users: one has a number, two have none, as real data would. */
const SEED_PHONES: Readonly<Record<string, string>> = { usr_1: '+442079460018' };

/** The side tables of the v2/v3 representations, and the adapters that use them. */
export class UserVersions {
  #parts = new Map<string, NameParts>();
  #phones = new Map<string, string>(Object.entries(SEED_PHONES));

  /** The user's name in two parts: as a v2/v3 client last wrote it, else the rule's split. */
  partsOf(user: Pick<UserRecord, 'id' | 'name'>): NameParts {
    const written = this.#parts.get(user.id);
    return written && joinName(written) === user.name ? written : splitName(user.name);
  }

  /** Remembers how a v2/v3 client split this user's name. */
  rememberParts(id: string, parts: NameParts): void {
    this.#parts.set(id, parts);
  }

  phoneOf(id: string): string | null {
    return this.#phones.get(id) ?? null;
  }

  /** Sets a phone number; null removes it. */
  setPhone(id: string, phone: string | null): void {
    if (phone === null) this.#phones.delete(id);
    else this.#phones.set(id, phone);
  }

  /** v1: the record as it is. */
  toV1(user: UserRecord): UserV1 {
    return { id: user.id, name: user.name, email: user.email, created_at: user.created_at };
  }

  /** v2: the name split into first_name and last_name. */
  toV2(user: UserRecord): UserV2 {
    const { first, last } = this.partsOf(user);
    return { id: user.id, first_name: first, last_name: last, email: user.email, created_at: user.created_at };
  }

  /** v3: the name as an object, the phone, and no created_at. */
  toV3(user: UserRecord): UserV3 {
    return { id: user.id, name: this.partsOf(user), email: user.email, phone: this.phoneOf(user.id) };
  }

  /** Forgets every written split and phone, and restores the seed phones. */
  reset(): void {
    this.#parts.clear();
    this.#phones = new Map(Object.entries(SEED_PHONES));
  }
}
