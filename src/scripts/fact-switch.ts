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

function apply(root: Document, on: boolean): void {
  root.documentElement.toggleAttribute('data-show-facts', on);
  for (const mark of root.querySelectorAll<HTMLElement>('.fact-mark')) {
    if (on) mark.removeAttribute('tabindex');
    else mark.setAttribute('tabindex', '-1');
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
