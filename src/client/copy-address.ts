/*
 * Copy buttons for feed and calendar addresses. The address is always on the page as text;
 * the buttons are shown only where the browser can copy, so without JavaScript (or without
 * the Clipboard API) nothing is offered that would not work.
 */
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
if (navigator.clipboard && copyStatus) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(button.dataset.copy!);
        copyStatus.textContent = `Copied ${button.dataset.copy}`;
      } catch {
        copyStatus.textContent = 'Your browser did not let us copy. Select the address and copy it yourself.';
      }
    });
  }
}
