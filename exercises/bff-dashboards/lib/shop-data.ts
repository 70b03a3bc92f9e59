/**
 * The shop the grader's services answer from: three customers chosen to catch the usual
 * mistakes. Ana (Tokyo, 27 orders) has more orders than one page and orders placed late in
 * the UTC day, which is already the next day in Tokyo; Ben (Los Angeles) orders early in the
 * UTC day, still the day before for him; Cy has no orders at all.
 */

export const USER_IDS = ['usr_ana', 'usr_ben', 'usr_cy'] as const;

const ADDRESS = { line1: '1 Long Street', city: 'Springfield', postal_code: '12345', country: 'DE' };

export const PROFILES: Record<string, Profile> = {
  usr_ana: { id: 'usr_ana', first_name: 'Ana', last_name: 'Kowalski', email: 'ana@example.com', phone: '+81 3 1234 5678', avatar_url: '/avatars/usr_ana.png', membership_tier: 'gold', time_zone: 'Asia/Tokyo', created_at: '2024-03-02T10:00:00.000Z', address: { ...ADDRESS, city: 'Tokyo', country: 'JP' } },
  usr_ben: { id: 'usr_ben', first_name: 'Ben', last_name: 'Okafor', email: 'ben@example.com', phone: '+1 213 555 0100', avatar_url: '/avatars/usr_ben.png', membership_tier: 'silver', time_zone: 'America/Los_Angeles', created_at: '2025-07-19T18:30:00.000Z', address: { ...ADDRESS, city: 'Los Angeles', country: 'US' } },
  usr_cy: { id: 'usr_cy', first_name: 'Cy', last_name: 'Laurent', email: 'cy@example.com', phone: '+33 1 23 45 67 89', avatar_url: '/avatars/usr_cy.png', membership_tier: 'basic', time_zone: 'UTC', created_at: '2026-01-30T08:00:00.000Z', address: { ...ADDRESS } },
};

export const PREFERENCES: Record<string, Preferences> = {
  usr_ana: { language: 'ja', newsletter: true, favourite_categories: ['audio', 'desk'] },
  usr_ben: { language: 'en-US', newsletter: false, favourite_categories: ['cables'] },
  usr_cy: { language: 'fr', newsletter: false, favourite_categories: [] },
};

const CATALOGUE: { id: string; name: string; price: number }[] = [
  { id: 'prd_1', name: 'Mechanical keyboard', price: 8999 },
  { id: 'prd_2', name: 'USB-C cable', price: 1250 },
  { id: 'prd_3', name: '27-inch monitor', price: 24900 },
  { id: 'prd_4', name: 'Laptop stand', price: 3995 },
  { id: 'prd_5', name: 'Closed-back headphones', price: 14900 },
  { id: 'prd_6', name: 'Desk lamp', price: 3999 },
];

const STATUSES: Order['status'][] = ['delivered', 'delivered', 'shipped', 'paid', 'cancelled'];

function makeOrders(userId: string, count: number, hourUtc: number): Order[] {
  const n = Number(userId === 'usr_ana' ? 1 : 2);
  return Array.from({ length: count }, (_, index) => {
    const items = Array.from({ length: 1 + ((index + n) % 3) }, (_, i) => {
      const product = CATALOGUE[(index + i * 2 + n) % CATALOGUE.length]!;
      return { product_id: product.id, name: product.name, quantity: 1 + ((index + i) % 2), unit_price_cents: product.price };
    });
    const day = new Date(Date.UTC(2026, 1, 20, hourUtc, 30) - index * 5 * 86_400_000).toISOString();
    return {
      id: `ord_${userId.slice(4)}_${count - index}`,
      status: STATUSES[index % STATUSES.length]!,
      created_at: day,
      items,
      total_cents: items.reduce((sum, item) => sum + item.quantity * item.unit_price_cents, 0),
      currency: 'EUR' as const,
      shipping_address: { ...PROFILES[userId]!.address, line1: `${index + 1} Harbour Road` },
      internal_notes: 'Picked by warehouse 3; courier contract B-17. Not for customers or partners.',
    };
  });
}

/** Every order of each customer, newest first. */
export const ORDERS: Record<string, Order[]> = {
  usr_ana: makeOrders('usr_ana', 27, 21), // 21:30 UTC is 06:30 the next day in Tokyo
  usr_ben: makeOrders('usr_ben', 3, 3), // 03:30 UTC is 19:30 the day before in Los Angeles
  usr_cy: [],
};

const CATEGORY_WORDS = ['audio', 'desk', 'cables', 'displays'];

/** Sixteen products with long descriptions and image URLs: what a careless mobile payload drags along. */
export const RECOMMENDABLE: Product[] = Array.from({ length: 16 }, (_, index) => ({
  id: `rec_${index + 1}`,
  name: `${['Wireless', 'Compact', 'Ergonomic', 'Studio'][index % 4]} ${['headphones', 'desk mat', 'cable kit', 'monitor arm'][Math.floor(index / 4)]}`,
  description:
    'A carefully chosen item for your workspace, with a two-year warranty, free returns within thirty days, and packaging made from recycled materials. Ships from our central warehouse.',
  price_cents: 1999 + index * 750,
  currency: 'EUR' as const,
  image_url: `/images/products/rec_${index + 1}/large.jpg`,
  thumbnail_url: `/images/products/rec_${index + 1}/thumb.jpg`,
  average_rating: Math.round((3.5 + (index % 6) * 0.25) * 10) / 10,
  review_count: 40 + index * 13,
  reason: `Popular with people who like ${CATEGORY_WORDS[index % CATEGORY_WORDS.length]}.`,
}));
