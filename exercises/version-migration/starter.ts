/**
 * Version adapters for the users resource, v2 ⇄ v3, and the headers that announce the
 * end of the old version (RFC 9745 Deprecation, RFC 8594 Sunset, a rel="deprecation" Link).
 */

/** Adapts a v2 user to v3: the name split at its first space, the contact sorted into email or phone. */
export function v2ToV3(user: UserV2): UserV3 {
  // A first draft: the whole name goes into `first` and the contact is assumed to be an email.
  return { id: user.user_id, name: { first: user.full_name, last: '' }, email: user.contact, phone: null };
}

/** Adapts a v3 user to v2: one full name, and the email (or else the phone) as the contact. */
export function v3ToV2(user: UserV3): UserV2 {
  return { user_id: user.id, full_name: user.name.first, contact: user.email ?? '' };
}

/** The deprecation headers of the old version at `now`, and whether it is gone. */
export function deprecationHeaders(plan: DeprecationPlan, now: Date): DeprecationSignal {
  // Not announced yet: work out which stage of the plan `now` is in, and send its headers.
  return { headers: {}, gone: false };
}
