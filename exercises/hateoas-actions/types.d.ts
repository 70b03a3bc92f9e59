// Types the editor knows about while you solve "hateoas-actions". They are global:
// use them in your code without importing anything.

/** Where an order stands in its lifecycle. */
type HateoasOrderStatus = 'pending' | 'paid' | 'shipped' | 'delivered' | 'cancelled';

/** The order whose actions are asked for. */
interface HateoasOrder {
  /** The order's id, e.g. "ord_7". Ids may hold any character, so encode it in a URL. */
  id: string;
  status: HateoasOrderStatus;
  /** The user who placed the order, e.g. "usr_2". */
  ownerId: string;
}

/** Who is asking, and what they may do. */
interface HateoasCaller {
  /** The signed-in user, e.g. "usr_2"; null for an anonymous caller (who owns nothing). */
  userId: string | null;
  /**
   * Permission patterns, as `resource:action` with optional wildcards and ownership:
   * "orders:pay", "orders:*", "*:cancel", "orders:cancel:own", "*".
   */
  permissions: readonly string[];
}

/** One hypermedia control: something the caller can do with the order right now. */
interface HateoasAction {
  /** A stable name a client branches on: "pay", "ship", "deliver", "cancel" or "add_item". */
  name: string;
  /** The HTTP method to send. */
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Where to send it: a path such as "/api/v1/orders/ord_7/pay", with the id URL-encoded. */
  href: string;
}
