/**
 * Puts text on the clipboard from a click in the popover. The async Clipboard API needs a secure
 * page; on plain-http pages the copy goes through a hidden textarea inside the popover's own
 * shadow root, so the page's DOM is never touched.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<void> {
  if (globalThis.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.style.cssText = 'position: fixed; opacity: 0; pointer-events: none;';
  root.append(field);
  field.select();
  const copied = document.execCommand('copy');
  field.remove();
  if (!copied) throw new Error('The browser refused to copy');
}
