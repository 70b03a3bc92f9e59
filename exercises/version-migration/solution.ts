/**
 * Version adapters for the users resource, v2 ⇄ v3, and the headers that announce the
 * end of the old version (RFC 9745 Deprecation, RFC 8594 Sunset, a rel="deprecation" Link).
 */

/** Adapts a v2 user to v3: the name split at its first space, the contact sorted into email or phone. */
export function v2ToV3(user: UserV2): UserV3 {
  // \s+ after trim: stray and doubled spaces are not part of the name.
  const [first = '', ...rest] = user.full_name.trim().split(/\s+/);
  const isEmail = user.contact.includes('@');
  return {
    id: user.user_id,
    name: { first, last: rest.join(' ') },
    email: isEmail ? user.contact : null,
    phone: isEmail ? null : user.contact,
  };
}

/** Adapts a v3 user to v2: one full name, and the email (or else the phone) as the contact. */
export function v3ToV2(user: UserV3): UserV2 {
  return {
    user_id: user.id,
    full_name: [user.name.first, user.name.last].filter((part) => part !== '').join(' '),
    contact: user.email ?? user.phone ?? '',
  };
}

/** The deprecation headers of the old version at `now`, and whether it is gone. */
export function deprecationHeaders(plan: DeprecationPlan, now: Date): DeprecationSignal {
  if (now.getTime() < plan.deprecatedAt.getTime()) return { headers: {}, gone: false };
  return {
    headers: {
      // A structured-field Date: "@" and Unix time in seconds.
      Deprecation: `@${Math.floor(plan.deprecatedAt.getTime() / 1000)}`,
      // toUTCString writes the IMF-fixdate form HTTP dates use.
      Sunset: plan.sunsetAt.toUTCString(),
      Link: `<${plan.migrationGuide}>; rel="deprecation"; type="text/html"`,
    },
    gone: now.getTime() >= plan.sunsetAt.getTime(),
  };
}
