/**
 * The only search code every page ships: `/` focuses the search box, and the first focus or
 * keystroke in it loads the real thing (and with it the index). A page nobody searches on
 * downloads nothing more.
 */
export function installSearchLoader(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;

  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void import('./search-combobox.ts').then((module) => module.enhanceSearchBox(form, input));
  };
  input.addEventListener('focus', start);
  input.addEventListener('input', start);
  if (document.activeElement === input) start();

  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    event.preventDefault();
    // The search page's own box, where there is one, is the one a reader means.
    const primary = document.querySelector<HTMLInputElement>('input[data-search-primary]') ?? input;
    primary.focus();
    primary.select();
  });
}
