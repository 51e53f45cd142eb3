/**
 * "Show facts": fact marks (names, numbers, dates linked to the fact index) are off by default, so
 * a page reads as text and the keyboard meets sentences, not every name. The reader's choice is
 * remembered for the whole site. Without JavaScript the switch stays hidden and the marks off;
 * flags (⚠) and the facts page still lead to every fact.
 */
const KEY = 'same-story:show-facts';

export function enhanceFactSwitch(root: Document = document): void {
  const on = remembered();
  apply(root, on);
  for (const input of root.querySelectorAll<HTMLInputElement>('[data-fact-switch] input')) {
    input.checked = on;
    input.closest<HTMLElement>('[data-fact-switch]')!.hidden = false;
    input.addEventListener('change', () => {
      remember(input.checked);
      apply(root, input.checked);
    });
  }
}

/**
 * Marks carry only their fact's id (`data-fact`); the page's one index (`#fact-index`) gives each
 * its label (the tooltip) and, while facts are shown, its link to the fact index: a mark that is
 * off is no link at all. Marks rendered later (a pair's rows put together in the browser) are
 * linked by calling this again.
 */
export function linkFactMarks(root: Document = document): void {
  apply(root, root.documentElement.hasAttribute('data-show-facts'));
}

function apply(root: Document, on: boolean): void {
  root.documentElement.toggleAttribute('data-show-facts', on);
  const data = root.getElementById('fact-index')?.textContent;
  const index = data ? (JSON.parse(data) as { url: string; labels: Record<string, string> }) : undefined;
  for (const mark of root.querySelectorAll<HTMLAnchorElement>('a[data-fact]')) {
    const id = mark.dataset['fact']!;
    if (!mark.title && index?.labels[id]) mark.title = index.labels[id];
    if (on && index) {
      mark.href = `${index.url}#${id}`;
      mark.removeAttribute('tabindex');
    } else {
      mark.removeAttribute('href');
      mark.setAttribute('tabindex', '-1');
    }
  }
}

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage refused (private mode, a policy): the default
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? '1' : '0');
  } catch {
    // not remembered; the page still switches
  }
}
