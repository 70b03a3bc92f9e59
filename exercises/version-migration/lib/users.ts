/**
 * The users the adapters are checked on, generated from a fixed seed so every run sees
 * the same ones: one-word, two-word and longer names, accents, stray spaces, emails and
 * phone numbers written in several styles.
 */

const firstNames = ['Ada', 'Grace', 'Alan', 'Zoë', 'José', 'Chioma', 'Mei', 'Søren', 'Aiyana', "D'Arcy", 'Anne-Marie', 'Łukasz'];
const middleNames = ['King', 'María', 'Brewster', 'van', 'de la', 'Olu', 'Jean'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'García Márquez', 'Okafor', "O'Neill", 'Nguyễn', 'Kierkegaard', 'Smith-Jones'];
const monoNames = ['Cher', 'Pelé', 'Madonna', 'Björk', 'Zendaya'];
const phones = ['+14155550123', '+44 20 7946 0958', '(555) 010-4477', '+81-3-1234-5678', '030 1234567'];
const domains = ['example.com', 'mail.example.org', 'uni.example.ac.uk'];

/** A small deterministic random number generator (mulberry32), so the records never change between runs. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedV2 {
  user: UserV2;
  /** The words of the name, as the rules read them. */
  words: string[];
}

/** The v2 users: hand-picked edge cases first, then generated ones. */
export function v2Users(count = 60): GeneratedV2[] {
  const rand = random(5);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const handPicked: string[] = ['Ada Lovelace', 'Cher', 'Ada King Lovelace', '  Grace   Brewster  Hopper ', 'José María García Márquez', ' Björk', 'Alan Turing '];
  const users: GeneratedV2[] = [];
  for (let i = 0; i < count; i++) {
    let fullName = handPicked[i];
    if (fullName === undefined) {
      const shape = i % 4;
      const parts = shape === 0 ? [pick(monoNames)] : shape === 1 ? [pick(firstNames), pick(lastNames)] : [pick(firstNames), pick(middleNames), pick(lastNames)];
      fullName = parts.join(' ');
      if (rand() < 0.3) fullName = `${' '.repeat(1 + Math.floor(rand() * 2))}${fullName.replace(/ /g, () => ' '.repeat(1 + Math.floor(rand() * 3)))}  `;
    }
    const words = fullName.trim().split(/\s+/);
    const login = words[0]!.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase() || 'user';
    // Every third user gave a phone number instead of an email.
    const contact = i % 3 === 2 ? pick(phones) : `${login}.${i}@${pick(domains)}`;
    users.push({ user: { user_id: `usr_${100 + i}`, full_name: fullName, contact }, words });
  }
  return users;
}

/** v3 users: email only, phone only, both (the email wins going back), and one-word names. */
export function v3Users(): UserV3[] {
  return [
    { id: 'usr_1', name: { first: 'Ada', last: 'Lovelace' }, email: 'ada@example.com', phone: null },
    { id: 'usr_2', name: { first: 'Grace', last: 'Brewster Hopper' }, email: null, phone: '+1 202 555 0143' },
    { id: 'usr_3', name: { first: 'Cher', last: '' }, email: 'cher@example.com', phone: null },
    { id: 'usr_4', name: { first: 'Alan', last: 'Turing' }, email: 'alan@example.org', phone: '+44 161 496 0000' },
    { id: 'usr_5', name: { first: 'Zoë', last: 'van der Berg' }, email: null, phone: '+31 20 123 4567' },
  ];
}
