/*
 * The reading preferences form: each choice applies at once and is kept in localStorage
 * under one key, which the inline script in BaseLayout reads before every page paints.
 * Nothing leaves the device. The form stays hidden without JavaScript, because without it
 * there is nowhere to keep a choice; the site then follows the device's own settings.
 */
/** The one key this site stores; /cookies/ names it and BaseLayout's head script reads it. */
const STORAGE_KEY = 'reading-preferences';
const SETTINGS = ['scheme', 'textSize', 'lineSpacing', 'letterSpacing'] as const;
type Preferences = Partial<Record<(typeof SETTINGS)[number], string>>;

function read(): Preferences {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
  } catch {
    return {};
  }
}

function apply(preferences: Preferences): void {
  const root = document.documentElement.dataset;
  for (const setting of SETTINGS) {
    const value = preferences[setting];
    // "device" and "standard" mean no override: the stylesheet's defaults and media queries.
    if (value && value !== 'device' && value !== 'standard') root[setting] = value;
    else delete root[setting];
  }
}

const form = document.querySelector<HTMLFormElement>('#reading-preferences');
const statusMessage = document.querySelector<HTMLElement>('#reading-preferences-status');
if (form && statusMessage) {
  const saved = read();
  for (const setting of SETTINGS) {
    const value = saved[setting];
    const input = value && form.querySelector<HTMLInputElement>(`input[name="${setting}"][value="${value}"]`);
    if (input) input.checked = true;
  }
  form.hidden = false;
  document.querySelector('#reading-preferences-no-script')?.setAttribute('hidden', '');

  const save = () => {
    const data = new FormData(form);
    const preferences: Preferences = {};
    for (const setting of SETTINGS) {
      const value = data.get(setting);
      if (typeof value === 'string' && value !== 'device' && value !== 'standard') preferences[setting] = value;
    }
    apply(preferences);
    try {
      if (Object.keys(preferences).length > 0) localStorage.setItem(STORAGE_KEY, JSON.stringify(preferences));
      else localStorage.removeItem(STORAGE_KEY);
      statusMessage.textContent = 'Saved on this device.';
    } catch {
      statusMessage.textContent = 'Applied to this page, but your browser would not let us save it.';
    }
  };
  form.addEventListener('change', save);

  form.addEventListener('reset', () => {
    // After the browser has put the default choices back.
    setTimeout(() => {
      apply({});
      try {
        localStorage.removeItem(STORAGE_KEY);
      } catch {
        // Nothing was saved, so there is nothing to remove.
      }
      statusMessage.textContent = "Back to your device's settings. Nothing is saved on this device.";
    });
  });

  // Choices apply as they are made; the button is there for people who expect one.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    save();
  });
}
