// Types the editor knows about while you solve "bff-dashboards". They are global:
// use them in your code without importing anything.

/** What the user service knows about a customer: more than any one screen needs. */
interface Profile {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string;
  /** A same-origin path to the avatar image. */
  avatar_url: string;
  membership_tier: 'basic' | 'silver' | 'gold';
  /** IANA time zone, e.g. 'Asia/Tokyo': the customer's calendar. */
  time_zone: string;
  /** ISO 8601, UTC. */
  created_at: string;
  address: { line1: string; city: string; postal_code: string; country: string };
}

interface Preferences {
  language: string;
  newsletter: boolean;
  favourite_categories: string[];
}

interface OrderItem {
  product_id: string;
  name: string;
  quantity: number;
  unit_price_cents: number;
}

interface Order {
  id: string;
  status: 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';
  /** ISO 8601 instant, UTC, e.g. '2026-01-12T21:30:00.000Z'. */
  created_at: string;
  items: OrderItem[];
  total_cents: number;
  currency: 'EUR';
  shipping_address: { line1: string; city: string; postal_code: string; country: string };
  internal_notes: string;
}

/** One page of a customer's orders, newest first, with totals over ALL their orders. */
interface OrderList {
  orders: Order[];
  /** How many orders the customer has in all (not just on this page). */
  total_count: number;
  /** What the customer has spent over all orders, in cents. */
  total_spent_cents: number;
}

interface Product {
  id: string;
  name: string;
  description: string;
  price_cents: number;
  currency: 'EUR';
  image_url: string;
  thumbnail_url: string;
  average_rating: number;
  review_count: number;
  /** Why the recommendation service picked it. */
  reason: string;
}

/** The upstream services. Each call takes a while (tens of milliseconds); any of them may fail. */
interface ShopServices {
  users: {
    getProfile(userId: string): Promise<Profile>;
    getPreferences(userId: string): Promise<Preferences>;
  };
  orders: {
    listOrders(userId: string, options: { limit: number }): Promise<OrderList>;
  };
  products: {
    getRecommendations(userId: string, options: { limit: number }): Promise<Product[]>;
  };
}

/** What the mobile app shows on its home screen. */
interface MobileDashboard {
  user: { first_name: string; avatar_url: string; membership_tier: 'basic' | 'silver' | 'gold' };
  /** The five most recent orders, newest first; null when the order service failed. */
  recent_orders: MobileOrder[] | null;
  /** Ten recommendations; null when the recommendation service failed. */
  recommendations: MobileRecommendation[] | null;
  /** The sections left out because their service failed: 'recent_orders', 'recommendations'. Empty when complete. */
  degraded: string[];
}

interface MobileOrder {
  id: string;
  status: string;
  /** The day the order was placed in the CUSTOMER's time zone, YYYY-MM-DD. */
  date: string;
  /** Units ordered: the sum of the items' quantities. */
  item_count: number;
  total_cents: number;
}

interface MobileRecommendation {
  id: string;
  name: string;
  price_cents: number;
  /** The product's average rating. */
  rating: number;
}

/** What the web admin panel shows about one customer. */
interface AdminDashboard {
  /** The full profile, as the user service has it. */
  user: Profile;
  /** The twenty most recent orders, with their items. */
  orders: Order[];
  preferences: Preferences;
  analytics: {
    /** Over all of the customer's orders. */
    total_orders: number;
    /** Over all of the customer's orders, in cents. */
    total_spent_cents: number;
  };
}

/** The published third-party format, version 1. Partners parse exactly this. */
interface PartnerOrdersV1 {
  api_version: '1';
  customer_id: string;
  /** The twenty most recent orders, newest first. */
  orders: PartnerOrderV1[];
}

interface PartnerOrderV1 {
  order_id: string;
  status: string;
  /** ISO 8601 instant in UTC, ending in Z. */
  placed_at: string;
  item_count: number;
  total_amount_minor: number;
  currency: 'EUR';
}
