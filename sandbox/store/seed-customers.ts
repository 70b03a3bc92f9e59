import type { AddressRecord, CustomerRecord } from './records';

/*
 * The shop's customers: the shop profiles of the seed users (cus_1 is usr_1's),
 * each with one address. Chapter 2's Try-it blocks use these ids.
 */

export function seedCustomers(): CustomerRecord[] {
  return [
    { id: 'cus_1', user_id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', created_at: '2026-01-05T09:05:00.000Z' },
    { id: 'cus_2', user_id: 'usr_2', name: 'Grace Hopper', email: 'grace@example.com', created_at: '2026-01-06T10:35:00.000Z' },
    { id: 'cus_3', user_id: 'usr_3', name: 'Alan Turing', email: 'alan@example.com', created_at: '2026-01-07T14:20:00.000Z' },
  ];
}

export function seedAddresses(): AddressRecord[] {
  const address = (id: string, customer_id: string, line1: string, city: string, postal_code: string, country: string, created_at: string): AddressRecord => ({
    id,
    customer_id,
    line1,
    line2: null,
    city,
    postal_code,
    country,
    created_at,
  });
  return [
    address('adr_1', 'cus_1', '12 St James’s Square', 'London', 'SW1Y 4JH', 'GB', '2026-01-05T09:06:00.000Z'),
    address('adr_2', 'cus_2', '59 Sycamore Street', 'Arlington', '22201', 'US', '2026-01-06T10:36:00.000Z'),
    address('adr_3', 'cus_3', '43 Adlington Road', 'Wilmslow', 'SK9 2BJ', 'GB', '2026-01-07T14:21:00.000Z'),
  ];
}
