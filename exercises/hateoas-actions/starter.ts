// Build the hypermedia controls (_actions) of one order for one caller.
// The types HateoasOrder, HateoasCaller and HateoasAction are known to the editor.

/** The actions the order accepts now and the caller may take, each with its method and href. */
export function actionsFor(order: HateoasOrder, caller: HateoasCaller): HateoasAction[] {
  // TODO: check the order's status (the lifecycle) and the caller's permission patterns.
  return [];
}
