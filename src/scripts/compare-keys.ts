/**
 * Keyboard for the compare page: j/k step through changed rows, [ and ] switch the right-hand
 * version. Everything also works without this script (rows are anchors, the picker is links).
 */
export function enhanceCompare(): void {
  let current = -1;

  // Read when used: letting the other version lead (compare-swap.ts) reorders the rows and the picker.
  const visibleRows = (): HTMLElement[] =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-change]')).filter((row) => row.offsetParent !== null);

  const go = (step: number): void => {
    const candidates = visibleRows();
    if (candidates.length === 0) return;
    const active = document.activeElement instanceof HTMLElement ? candidates.indexOf(document.activeElement) : -1;
    const from = active !== -1 ? active : current;
    current = Math.min(candidates.length - 1, Math.max(0, from + step));
    const row = candidates[current]!;
    history.replaceState(null, '', `#${row.id}`);
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  };

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (event.key === 'j') go(1);
    else if (event.key === 'k') go(-1);
    else if (event.key === '[' || event.key === ']') {
      const pickerB = Array.from(document.querySelectorAll<HTMLAnchorElement>('.picker a[data-side="b"]'));
      const index = pickerB.findIndex((link) => link.getAttribute('aria-current') === 'page');
      const next = pickerB[(index + (event.key === ']' ? 1 : -1) + pickerB.length) % pickerB.length];
      if (next) location.href = next.href;
    } else return;
    event.preventDefault();
  });
}
