// Mistake: the contact is taken to be an email, always. Users who gave a phone number
// get it in the email field, and going back to v2 a user with only a phone has no contact.
/** Adapts a v2 user to v3: the name split at its first space, the contact sorted into email or phone. */
export function v2ToV3(user: UserV2): UserV3 {
  // \s+ after trim: stray and doubled spaces are not part of the name.
  const [first = '', ...rest] = user.full_name.trim().split(/\s+/);
  return {
    id: user.user_id,
    name: { first, last: rest.join(' ') },
    email: user.contact,
    phone: null,
  };
}

/** Adapts a v3 user to v2: one full name, and the email (or else the phone) as the contact. */
export function v3ToV2(user: UserV3): UserV2 {
  return {
    user_id: user.id,
    full_name: [user.name.first, user.name.last].filter((part) => part !== '').join(' '),
    contact: user.email ?? '',
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
