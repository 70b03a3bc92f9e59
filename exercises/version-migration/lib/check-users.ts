/**
 * The adapter rules, each as a function that returns its problems as teaching sentences.
 * Every check runs on all generated users and reports the first few that go wrong.
 */
import { call, show, type Fn } from './calls';
import { v2Users, v3Users, type GeneratedV2 } from './users';

function asV3(value: unknown, input: UserV2): UserV3 {
  const where = `v2ToV3(${show(input)})`;
  const user = value as UserV3 | null;
  if (typeof user !== 'object' || user === null) throw new Error(`${where} returned ${show(value)}. Return a v3 user: { id, name: { first, last }, email, phone }.`);
  if (typeof user.name !== 'object' || user.name === null) throw new Error(`${where} returned name = ${show(user.name)}. In v3, name is an object: { first, last }.`);
  return user;
}

const convert = (fn: Fn, generated: GeneratedV2) => asV3(call(fn, `v2ToV3(${show(generated.user)})`, generated.user), generated.user);

/** The name, split by the rules, for users whose name has `wordCount` words (or any, when omitted). */
export function nameSplitProblems(fn: Fn, select: (words: string[], raw: string) => boolean): string[] {
  return v2Users()
    .filter(({ words, user }) => select(words, user.full_name))
    .flatMap((generated) => {
      const { user, words } = generated;
      const got = convert(fn, generated).name;
      const first = words[0];
      const last = words.slice(1).join(' ');
      if (got.first === first && got.last === last) return [];
      const head = `v2ToV3 with full_name ${show(user.full_name)} gave name ${show(got)}; expected ${show({ first, last })}.`;
      if (got.first === first && words.length > 2 && got.last === words[1]) return [`${head} The words after "${words[1]}" were lost: put every word after the first into last, joined by single spaces.`];
      if (got.first === first && words.length > 2 && got.last === words.at(-1)) return [`${head} The middle words were lost: last is every word after the first, not only the final one.`];
      if (typeof got.first === 'string' && got.first.trim() !== got.first) return [`${head} Trim the name before splitting: spaces at either end are not part of it.`];
      if (typeof got.last === 'string' && /\s{2,}|^\s|\s$/.test(got.last)) return [`${head} Split on runs of spaces (/\\s+/) and join the rest with single spaces.`];
      if (got.first === '' || got.first === undefined) return [`${head} Trim before splitting, or the empty text before a leading space becomes the first word.`];
      if (words.length === 1) return [`${head} A one-word name has last: "" (an empty string, not null or undefined).`];
      return [`${head} first is the first word; last is every later word, joined by single spaces.`];
    });
}

/** contact sorted into email (contains "@") or phone, with null for the other. */
export function contactProblems(fn: Fn): string[] {
  return v2Users().flatMap((generated) => {
    const { user } = generated;
    const got = convert(fn, generated);
    const isEmail = user.contact.includes('@');
    const expected = { email: isEmail ? user.contact : null, phone: isEmail ? null : user.contact };
    if (got.email === expected.email && got.phone === expected.phone) return [];
    const head = `v2ToV3 with contact ${show(user.contact)} gave email ${show(got.email)} and phone ${show(got.phone)}; expected email ${show(expected.email)} and phone ${show(expected.phone)}.`;
    if (!isEmail && got.phone !== user.contact) return [`${head} A contact without "@" is a phone number: copy it into phone unchanged, or the phone is lost.`];
    if ((isEmail && got.phone !== null) || (!isEmail && got.email !== null)) {
      return [`${head} The field that v2 did not fill is null, not ${show(isEmail ? got.phone : got.email)}: a client tests \`user.phone === null\` to know there is none.`];
    }
    return [`${head} A contact with "@" is the email; copy it unchanged.`];
  });
}

/** The id moves from user_id to id. */
export function idProblems(fn: Fn): string[] {
  return v2Users(10).flatMap((generated) => {
    const got = convert(fn, generated);
    return got.id === generated.user.user_id ? [] : [`v2ToV3(${show(generated.user)}) gave id ${show(got.id)}; expected ${show(generated.user.user_id)}: v3's id is v2's user_id, unchanged.`];
  });
}

/** v3 → v2: names joined with one space, contact = email ?? phone. */
export function backwardProblems(fn: Fn): string[] {
  return v3Users().flatMap((user) => {
    const value = call(fn, `v3ToV2(${show(user)})`, user) as UserV2 | null;
    const expected: UserV2 = { user_id: user.id, full_name: [user.name.first, user.name.last].filter(Boolean).join(' '), contact: (user.email ?? user.phone)! };
    if (typeof value !== 'object' || value === null) return [`v3ToV2(${show(user)}) returned ${show(value)}. Return a v2 user: { user_id, full_name, contact }.`];
    const wrong = (['user_id', 'full_name', 'contact'] as const).filter((key) => value[key] !== expected[key]);
    if (wrong.length === 0) return [];
    const head = `v3ToV2(${show(user)}) gave ${show(value)}; expected ${show(expected)}.`;
    if (wrong.includes('full_name') && value.full_name === `${expected.full_name} `) return [`${head} A one-word name must not end in a space: join only the parts that are not empty.`];
    if (wrong.includes('contact') && user.email === null) return [`${head} This user has no email: the contact is then the phone number, or v2 clients lose the only way to reach them.`];
    if (wrong.includes('contact')) return [`${head} When there is an email, it is the contact (it wins over the phone).`];
    if (wrong.includes('user_id')) return [`${head} v2's user_id is v3's id, unchanged.`];
    return [`${head} full_name is first and last joined by one space.`];
  });
}

/** v2 → v3 → v2 gives back the same user, with stray spaces gone. */
export function roundTripProblems(toV3: Fn, toV2: Fn): string[] {
  return v2Users().flatMap((generated) => {
    const { user, words } = generated;
    const back = call(toV2, `v3ToV2(v2ToV3(${show(user)}))`, convert(toV3, generated)) as UserV2 | null;
    const expected = { ...user, full_name: words.join(' ') };
    if (back !== null && typeof back === 'object' && back.user_id === expected.user_id && back.full_name === expected.full_name && back.contact === expected.contact) return [];
    return [
      `The round trip v3ToV2(v2ToV3(user)) turned ${show(user)} into ${show(back)}; expected ${show(expected)}. Nothing but stray spaces may be lost on the way: keep every word of the name and the contact, whichever kind it is.`,
    ];
  });
}
