/**
 * "Copy citation": copies a citation box's text to the clipboard and says so in the box's live
 * region. Where the clipboard is refused (an insecure origin, a denied permission) the text is
 * selected instead, so the reader can copy it by hand. The button and the region are added here,
 * after each box's text: without this script the box still shows the citation as plain text, with
 * no dead button, and the page's HTML does not repeat them in every box.
 */
export function enhanceCopyCitation(root: Document = document): void {
  for (const text of root.querySelectorAll<HTMLElement>('[data-citation-text]')) {
    absolutise(text, root.location);
    if (text.closest('[data-citation]')?.querySelector('[data-copy-citation]')) continue;
    text.after(copyButton(root), statusRegion(root));
  }
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy-citation]') : null;
    const box = button?.closest<HTMLElement>('[data-citation]');
    const text = box?.querySelector<HTMLElement>('[data-citation-text]');
    const status = box?.querySelector<HTMLElement>('[data-citation-status]');
    if (!box || !text || !status) return;
    void copy(text).then((copied) => {
      status.textContent = copied
        ? 'Citation copied.'
        : 'Copying was blocked: the citation is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
    });
  });
}

function copyButton(root: Document): HTMLButtonElement {
  const button = root.createElement('button');
  button.type = 'button';
  button.className = 'citation__copy';
  button.dataset['copyCitation'] = '';
  button.textContent = 'Copy citation';
  return button;
}

function statusRegion(root: Document): HTMLSpanElement {
  const status = root.createElement('span');
  status.className = 'citation__status';
  status.setAttribute('role', 'status');
  status.dataset['citationStatus'] = '';
  return status;
}

/**
 * A site built without SITE_URL writes citations with the page's path only: the address the reader
 * is on is the best one there is, so it is put in front (never a made-up domain).
 */
function absolutise(element: HTMLElement, location: Location | null): void {
  if (!location || !/^https?:$/.test(location.protocol)) return;
  const text = element.textContent ?? '';
  const absolute = text.replace(/ — (\/\S*)/g, (_, path: string) => ` — ${location.origin}${path}`);
  if (absolute !== text) element.textContent = absolute;
}

async function copy(element: HTMLElement): Promise<boolean> {
  const text = (element.textContent ?? '').trim();
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    select(element);
    // The older API still works where the asynchronous one is refused (no permission, plain http).
    return document.execCommand?.('copy') ?? false;
  }
}

function select(element: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
