/**
 * A sentence number opens its citation box as a disclosure that keeps the keyboard inside while it
 * is open: Tab from the number goes to the box's copy button and link, and only leaving the number
 * and its box closes it (CSS alone closed it as focus moved, dropping focus on the page). Escape
 * closes it and returns to the number. Without JavaScript the box still opens on focus and on
 * arrival at the sentence's permalink.
 */
export function enhanceCitationDisclosure(root: Document = document): void {
  for (const toggle of root.querySelectorAll<HTMLElement>('[data-citation-toggle]')) {
    const box = toggle.nextElementSibling;
    if (!(box instanceof HTMLElement) || !box.matches('[data-citation]')) continue;
    const setOpen = (open: boolean): void => {
      box.toggleAttribute('data-open', open);
      toggle.setAttribute('aria-expanded', String(open));
    };
    const inside = (node: EventTarget | null): boolean => node instanceof Node && (node === toggle || box.contains(node));
    toggle.addEventListener('focus', () => setOpen(true));
    for (const element of [toggle, box]) {
      element.addEventListener('focusout', (event) => {
        if (!inside(event.relatedTarget)) setOpen(false);
      });
    }
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      toggle.focus({ preventScroll: true });
      setOpen(false);
    });
  }
}
