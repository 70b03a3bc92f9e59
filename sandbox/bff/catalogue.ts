import type { Money } from '../store/records';

/**
 * The recommendation service's catalogue: items with a category and an average rating, and
 * the rule that picks some for a user. It is its own service's data (ratings are not part
 * of /api/v1/products), so the products resource keeps its shape.
 */

export interface CatalogueItem {
  id: string;
  name: string;
  category: string;
  price: Money;
  /** Average rating, 1.0 to 5.0. */
  rating: number;
  ratings_count: number;
}

const eur = (amount: number): Money => ({ amount, currency: 'EUR' });

const CATALOGUE: readonly CatalogueItem[] = [
  { id: 'rec_1', name: 'Wrist rest', category: 'keyboards', price: eur(1999), rating: 4.6, ratings_count: 812 },
  { id: 'rec_2', name: 'Keycap set, PBT', category: 'keyboards', price: eur(4500), rating: 4.4, ratings_count: 301 },
  { id: 'rec_3', name: 'Monitor arm', category: 'displays', price: eur(7999), rating: 4.7, ratings_count: 1203 },
  { id: 'rec_4', name: 'Screen cleaning kit', category: 'displays', price: eur(899), rating: 4.1, ratings_count: 95 },
  { id: 'rec_5', name: 'USB-C hub, 7 ports', category: 'cables', price: eur(3499), rating: 4.3, ratings_count: 644 },
  { id: 'rec_6', name: 'Cable sleeves, 4 pack', category: 'cables', price: eur(1299), rating: 3.9, ratings_count: 57 },
  { id: 'rec_7', name: 'Desk mat, felt', category: 'desk', price: eur(2499), rating: 4.5, ratings_count: 430 },
  { id: 'rec_8', name: 'Under-desk drawer', category: 'desk', price: eur(2999), rating: 4.0, ratings_count: 118 },
  { id: 'rec_9', name: 'Closed-back headphones', category: 'audio', price: eur(14900), rating: 4.8, ratings_count: 2210 },
  { id: 'rec_10', name: 'Desk microphone', category: 'audio', price: eur(8900), rating: 4.2, ratings_count: 389 },
  { id: 'rec_11', name: 'Webcam, 1080p', category: 'displays', price: eur(6900), rating: 4.0, ratings_count: 702 },
  { id: 'rec_12', name: 'Laptop sleeve, 14-inch', category: 'desk', price: eur(3200), rating: 4.4, ratings_count: 266 },
  { id: 'rec_13', name: 'Wireless mouse', category: 'keyboards', price: eur(4999), rating: 4.5, ratings_count: 1540 },
  { id: 'rec_14', name: 'Ethernet adapter', category: 'cables', price: eur(1999), rating: 4.2, ratings_count: 211 },
  { id: 'rec_15', name: 'Desk lamp, LED', category: 'desk', price: eur(3999), rating: 4.6, ratings_count: 877 },
  { id: 'rec_16', name: 'Portable speaker', category: 'audio', price: eur(5999), rating: 4.3, ratings_count: 990 },
];

export interface Recommendation extends CatalogueItem {
  /** Why this item was picked, in words a person can read. */
  reason: string;
}

/**
 * Up to `limit` items for someone who likes `favourites`: their categories first, then the
 * best rated of the rest. Deterministic, so tests and screenshots stay the same.
 */
export function recommend(favourites: readonly string[], limit: number): Recommendation[] {
  const liked = CATALOGUE.filter((item) => favourites.includes(item.category)).sort(byRating);
  const others = CATALOGUE.filter((item) => !favourites.includes(item.category)).sort(byRating);
  return [
    ...liked.map((item) => ({ ...item, price: { ...item.price }, reason: `You follow ${item.category}.` })),
    ...others.map((item) => ({ ...item, price: { ...item.price }, reason: `Rated ${item.rating.toFixed(1)} by ${item.ratings_count} customers.` })),
  ].slice(0, limit);
}

function byRating(a: CatalogueItem, b: CatalogueItem): number {
  return b.rating - a.rating || a.id.localeCompare(b.id);
}
