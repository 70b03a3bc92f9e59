import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Money } from '../../../store/records';

/**
 * Money: an amount and its currency in one string, e.g. `"89.99 EUR"`. The currency
 * is part of the value so that no client can add euros to dollars by accident, and the
 * amount is a decimal string with exactly the currency's two minor digits, so no
 * float ever rounds it. Inside, money is integer minor units (8999), as in the store.
 */

const MONEY = /^(-?)(\d{1,9})\.(\d{2}) ([A-Z]{3})$/;
const SUPPORTED = new Set(['EUR']);
const EXAMPLE = 'Send it like "89.99 EUR".';

/** Parses `"89.99 EUR"` into `{ amount: 8999, currency: 'EUR' }`; throws a GraphQLError that says what is wrong. */
export function parseMoney(value: unknown): Money {
  if (typeof value !== 'string') throw new GraphQLError(`Money must be a string, not ${typeof value}. ${EXAMPLE}`);
  const match = MONEY.exec(value);
  if (!match) {
    throw new GraphQLError(`Money ${JSON.stringify(value)} must be an amount with exactly two decimals, a space and a currency code. ${EXAMPLE}`);
  }
  const [, sign, units, cents, currency] = match as unknown as [string, string, string, string, string];
  if (!SUPPORTED.has(currency)) {
    throw new GraphQLError(`Money ${JSON.stringify(value)} is in ${currency}, but the sandbox only deals in EUR. ${EXAMPLE}`);
  }
  const amount = Number(units) * 100 + Number(cents);
  return { amount: sign ? -amount : amount, currency: 'EUR' };
}

/** `{ amount: 8999, currency: 'EUR' }` → `"89.99 EUR"`. */
export function formatMoney(money: Money): string {
  const sign = money.amount < 0 ? '-' : '';
  const abs = Math.abs(money.amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${money.currency}`;
}

function isMoney(value: unknown): value is Money {
  const candidate = value as Money | null;
  return typeof candidate === 'object' && candidate !== null && Number.isSafeInteger(candidate.amount) && SUPPORTED.has(candidate.currency);
}

export const MoneyScalar = new GraphQLScalarType<Money, string>({
  name: 'Money',
  description: 'An amount of money and its currency: "89.99 EUR". Always two decimals; the sandbox deals in EUR only.',
  serialize(value) {
    if (!isMoney(value)) throw new GraphQLError(`Money cannot represent ${JSON.stringify(value)}: it needs an integer amount in minor units and a currency.`);
    return formatMoney(value);
  },
  parseValue: parseMoney,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Money must be written as a string. ${EXAMPLE}`, { nodes: ast });
    return parseMoney(ast.value);
  },
});
