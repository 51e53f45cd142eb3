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
 * Marks carry only their fact's number on the page (`data-f`, its place in `#fact-index`); the
 * page's one index gives each its fact's id and label (the tooltip) and, while facts are shown, its
 * link to the fact index: a mark that is off is no link at all. Marks rendered later (a pair's rows
 * put together in the browser) are linked by calling this again.
 */
export function linkFactMarks(root: Document = document): void {
  apply(root, root.documentElement.hasAttribute('data-show-facts'));
}

function apply(root: Document, on: boolean): void {
  root.documentElement.toggleAttribute('data-show-facts', on);
  const data = root.getElementById('fact-index')?.textContent;
  const index = data ? (JSON.parse(data) as { url: string; facts: [string, string][] }) : undefined;
  for (const mark of root.querySelectorAll<HTMLAnchorElement>('a[data-f]')) {
    const [id, label] = index?.facts[Number(mark.dataset['f'])] ?? [];
    if (!mark.title && label) mark.title = label;
    if (on && index && id) {
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
