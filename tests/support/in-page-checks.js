/*
 * Checks that run inside the page, evaluated in the page as plain JavaScript so the
 * browser gets exactly this code (no test-runner transforms). Each returns a list of
 * problems as readable strings; an empty list means the page passed.
 * tests/support/a11y-checks.ts drives them, for the real site and the broken pages alike.
 */
(() => {
  const TARGET_MIN = 24;
  const TABBABLE =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const TARGET_SELECTOR = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"]';
  /** Everything a visitor could operate, whether or not its author made it focusable. */
  const CONTROLS = `${TABBABLE}, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="slider"], [role="combobox"], [role="textbox"], [onclick]`;

  function describe(element) {
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const text = (element.textContent || element.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 50);
    return `<${element.tagName.toLowerCase()}${id}${classes}>${text ? ` "${text}"` : ''}`;
  }

  /** Hidden from sight on purpose: not rendered, or clipped to a pixel like .visually-hidden. */
  function isHidden(element) {
    // Also catches the inside of a closed <details>, which keeps its boxes but is not painted.
    if (!element.checkVisibility({ visibilityProperty: true })) return true;
    for (let node = element; node && node.nodeType === 1; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
      if (style.clipPath && style.clipPath.startsWith('inset(50%')) return true;
      const rect = node.getBoundingClientRect();
      if ((style.overflow === 'hidden' || style.overflow === 'clip') && rect.width <= 1 && rect.height <= 1) return true;
    }
    const rect = element.getBoundingClientRect();
    return rect.width === 0 && rect.height === 0;
  }

  /** Inside a box the reader can scroll sideways on purpose, such as a wide table. */
  function inScrollContainer(element) {
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll') return true;
    }
    return false;
  }

  /** A visible, enabled control: the keyboard must reach it. */
  function isOperable(element) {
    if (element.matches(':disabled') || element.closest('[inert]')) return false;
    if (element.matches('[tabindex="-1"]:not(a[href], button, input, select, textarea, summary, [role])')) return false;
    if (element.matches('summary') && !element.parentElement.matches('details')) return false;
    return !isHidden(element);
  }

  function isTabbable(element) {
    if (element.matches(':disabled') || element.closest('[inert]')) return false;
    if (element.tabIndex < 0) return false;
    if (element.matches('summary') && !element.parentElement.matches('details')) return false;
    return !isHidden(element) || element === document.activeElement;
  }

  function parseColour(value) {
    const match = /rgba?\(([^)]+)\)/.exec(value || '');
    if (!match) return undefined;
    const [r, g, b, a = 1] = match[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  }

  function luminance({ r, g, b }) {
    const channel = (c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  }

  function contrast(a, b) {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  /** The colour showing behind an element: the nearest opaque background up the tree. */
  function backdrop(element) {
    for (let node = element; node; node = node.parentElement) {
      const colour = parseColour(getComputedStyle(node).backgroundColor);
      if (colour && colour.a > 0.5) return colour;
    }
    return { r: 255, g: 255, b: 255, a: 1 };
  }

  /** WCAG 1.4.10: nothing makes the page scroll sideways. */
  function horizontalOverflow() {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const culprits = [];
    for (const element of document.body.querySelectorAll('*')) {
      if (isHidden(element) || inScrollContainer(element)) continue;
      const rect = element.getBoundingClientRect();
      if (rect.right > width + 1 || rect.left < -1) {
        // Report the outermost offender, not every descendant of it.
        if (!culprits.some((culprit) => culprit.contains(element))) culprits.push(element);
      }
    }
    const list = culprits.slice(0, 5).map(describe).join(', ') || 'unknown element';
    return [`page scrolls sideways: ${document.documentElement.scrollWidth}px wide in a ${width}px window, because of ${list}`];
  }

  const SPACING_STYLE_ID = 'wcag-1-4-12-text-spacing';

  /** The WCAG 1.4.12 text-spacing bookmarklet's values, forced onto every element. */
  function applyTextSpacing() {
    if (document.getElementById(SPACING_STYLE_ID)) return;
    const style = document.createElement('style');
    style.id = SPACING_STYLE_ID;
    style.textContent =
      '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
      ' p { margin-bottom: 2em !important; }';
    document.head.append(style);
  }

  function removeTextSpacing() {
    document.getElementById(SPACING_STYLE_ID)?.remove();
  }

  function textRects() {
    const rects = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let index = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      index += 1;
      if (!node.textContent.trim() || !node.parentElement || isHidden(node.parentElement)) continue;
      if (node.parentElement.closest('script, style, noscript, template')) continue;
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 0.5 && rect.height > 0.5) rects.push({ rect, node: index, element: node.parentElement });
      }
    }
    return rects;
  }

  /** WCAG 1.4.12: with the spacing override, no text is cut off, overlaps other text or runs off the page. */
  function textSpacingProblems() {
    const problems = horizontalOverflow();
    for (const element of document.body.querySelectorAll('*')) {
      if (isHidden(element) || !element.textContent.trim()) continue;
      const style = getComputedStyle(element);
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (clipsX && element.scrollWidth > element.clientWidth + 1) problems.push(`text cut off at the side in ${describe(element)}`);
      if (clipsY && element.scrollHeight > element.clientHeight + 1) problems.push(`text cut off at the bottom of ${describe(element)}`);
      if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) problems.push(`text truncated with an ellipsis in ${describe(element)}`);
      // A box with a fixed height that its text outgrows spills over what follows it.
      if (!clipsY && style.display !== 'inline' && style.overflowY === 'visible' && element.clientHeight > 0 &&
          element.scrollHeight > element.clientHeight + 1 && element !== document.body && element !== document.documentElement) {
        problems.push(`text spills out of ${describe(element)} (${element.scrollHeight}px of content in ${element.clientHeight}px)`);
      }
    }
    const rects = textRects().sort((a, b) => a.rect.top - b.rect.top);
    for (let i = 0; i < rects.length; i += 1) {
      const a = rects[i];
      for (let j = i + 1; j < rects.length && rects[j].rect.top < a.rect.bottom; j += 1) {
        const b = rects[j];
        if (a.node === b.node) continue;
        const overlapX = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const overlapY = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (overlapX > 2 && overlapY > 2) {
          problems.push(`text overlaps: ${describe(a.element)} and ${describe(b.element)}`);
          if (problems.length > 20) return problems;
        }
      }
    }
    return problems;
  }

  /** Inline in a sentence, so WCAG 2.5.8 exempts it: an inline element with other text around it in its block. */
  function isInlineInText(element) {
    if (getComputedStyle(element).display !== 'inline') return false;
    let block = element.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    if (!block) return false;
    const own = element.textContent.replace(/\s+/g, '');
    const all = block.textContent.replace(/\s+/g, '');
    return all.length > own.length;
  }

  /** WCAG 2.5.8: every target at least 24 by 24 px, or spaced so a 24px circle on it touches no other target. */
  function targetSizeProblems() {
    const targets = [...document.querySelectorAll(TARGET_SELECTOR)].filter((element) => !isHidden(element) && !isOffscreenUntilFocused(element));
    const boxes = targets.map((element) => ({ element, rect: element.getBoundingClientRect() }));
    const undersized = boxes.filter(({ element, rect }) => (rect.width < TARGET_MIN - 0.5 || rect.height < TARGET_MIN - 0.5) && !isInlineInText(element));
    const problems = [];
    const centre = (rect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const distanceToRect = (point, rect) => {
      const dx = Math.max(rect.left - point.x, 0, point.x - rect.right);
      const dy = Math.max(rect.top - point.y, 0, point.y - rect.bottom);
      return Math.hypot(dx, dy);
    };
    for (const small of undersized) {
      const c = centre(small.rect);
      const crowded = boxes.find((other) => {
        if (other === small || other.element.contains(small.element) || small.element.contains(other.element)) return false;
        if (distanceToRect(c, other.rect) < TARGET_MIN / 2) return true;
        if (undersized.includes(other)) {
          const o = centre(other.rect);
          return Math.hypot(c.x - o.x, c.y - o.y) < TARGET_MIN;
        }
        return false;
      });
      if (crowded) {
        problems.push(`target ${describe(small.element)} is ${Math.round(small.rect.width)}×${Math.round(small.rect.height)}px and too close to ${describe(crowded.element)}`);
      }
    }
    return problems;
  }

  /** The skip link sits above the page until focused; its size is checked while focused. */
  function isOffscreenUntilFocused(element) {
    const rect = element.getBoundingClientRect();
    return rect.bottom + window.scrollY < 0;
  }

  const FOCUS_PROPERTIES = ['outlineStyle', 'outlineWidth', 'outlineColor', 'boxShadow', 'backgroundColor', 'color', 'textDecorationLine', 'borderColor'];

  function focusStyle(element) {
    const style = getComputedStyle(element);
    return Object.fromEntries(FOCUS_PROPERTIES.map((property) => [property, style[property]]));
  }

  /** Records every keyboard-reachable element and how it looks unfocused, before the Tab walk. */
  function prepareKeyboardWalk() {
    const expected = [];
    const radioGroups = new Set();
    let index = 0;
    for (const element of document.querySelectorAll(CONTROLS)) {
      if (!isOperable(element)) continue;
      if (element.matches('input[type="radio"]')) {
        // Arrow keys move within a radio group; Tab reaches the group once.
        const group = `${element.form ? 'form' : 'doc'}:${element.name}`;
        element.dataset.keyboardGroup = group;
        if (radioGroups.has(group)) continue;
        radioGroups.add(group);
      }
      element.dataset.keyboardIndex = String(index);
      expected.push({ index, description: describe(element), group: element.dataset.keyboardGroup, unfocused: focusStyle(element) });
      index += 1;
    }
    window.__keyboardWalk = expected;
    return expected.map(({ index: i, description, group }) => ({ index: i, description, group }));
  }

  function hasVisibleIndicator(element, unfocused) {
    const focused = focusStyle(element);
    const outline = parseColour(focused.outlineColor);
    const outlineWidth = parseFloat(focused.outlineWidth);
    if (focused.outlineStyle !== 'none' && outlineWidth >= 2 && outline && outline.a > 0.5 &&
        contrast(outline, backdrop(element.parentElement || element)) >= 3) return true;
    if (unfocused && focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow) return true;
    if (unfocused && focused.backgroundColor !== unfocused.backgroundColor) {
      const before = parseColour(unfocused.backgroundColor);
      const after = parseColour(focused.backgroundColor);
      const base = backdrop(element.parentElement || element);
      const from = before && before.a > 0.5 ? before : base;
      if (after && after.a > 0.5 && contrast(from, after) >= 3) return true;
      if (focused.boxShadow !== 'none' || focused.textDecorationLine !== unfocused.textDecorationLine) return true;
    }
    return false;
  }

  /** WCAG 2.4.11: the focused element is not entirely hidden by sticky or fixed content. */
  function isObscured(element) {
    const rect = element.getBoundingClientRect();
    if (rect.bottom <= 0 || rect.top >= window.innerHeight || rect.right <= 0 || rect.left >= window.innerWidth) return 'off screen';
    const points = [
      [rect.left + rect.width / 2, rect.top + rect.height / 2],
      [rect.left + 2, rect.top + 2],
      [rect.right - 2, rect.top + 2],
      [rect.left + 2, rect.bottom - 2],
      [rect.right - 2, rect.bottom - 2],
    ];
    const visible = points.some(([x, y]) => {
      const hit = document.elementFromPoint(Math.min(Math.max(x, 0), window.innerWidth - 1), Math.min(Math.max(y, 0), window.innerHeight - 1));
      return hit && (hit === element || element.contains(hit) || hit.contains(element));
    });
    if (visible) return undefined;
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return hit ? `covered by ${describe(hit)}` : 'covered';
  }

  /** Where focus is now, during the Tab walk. */
  function focusState() {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { index: -1 };
    const known = window.__keyboardWalk.find((entry) => String(entry.index) === element.dataset.keyboardIndex);
    const groupEntry = element.dataset.keyboardGroup && window.__keyboardWalk.find((entry) => entry.group === element.dataset.keyboardGroup);
    const entry = known || groupEntry;
    return {
      index: entry ? entry.index : -2,
      description: describe(element),
      indicator: hasVisibleIndicator(element, entry && !groupEntry ? entry.unfocused : undefined),
      obscured: isObscured(element),
    };
  }

  function skipLinkState() {
    const element = document.activeElement;
    const rect = element.getBoundingClientRect();
    return {
      description: describe(element),
      isSkipLink: element.matches('a[href="#main"], a[href="#main-content"]') || /skip/i.test(element.textContent),
      target: element.getAttribute('href'),
      onScreen: rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth && rect.width >= TARGET_MIN && rect.height >= TARGET_MIN,
      indicator: hasVisibleIndicator(element, undefined) || getComputedStyle(element).backgroundColor !== 'rgba(0, 0, 0, 0)',
    };
  }

  function mainHasFocus() {
    const element = document.activeElement;
    return { ok: Boolean(element && element.closest('main')), description: element ? describe(element) : 'nothing' };
  }

  /** prefers-reduced-motion: nothing animates or scrolls smoothly. */
  function motionProblems() {
    const problems = [];
    const seconds = (value) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part))));
    for (const element of [document.documentElement, ...document.body.querySelectorAll('*')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) problems.push(`${describe(element)}${pseudo || ''} still animates`);
        if (seconds(style.transitionDuration) > 0.01 && style.transitionProperty !== 'none') problems.push(`${describe(element)}${pseudo || ''} still has a transition`);
      }
    }
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') problems.push('the page still scrolls smoothly');
    return problems.slice(0, 10);
  }

  /**
   * Forced-colors mode throws away backgrounds and box-shadows, so a focus indicator must be
   * an outline or border there. Focus moves by script after one real key press, which keeps
   * :focus-visible on.
   */
  function forcedColorsFocusProblems() {
    const problems = [];
    for (const element of document.querySelectorAll(TABBABLE)) {
      if (!isTabbable(element) || isOffscreenUntilFocused(element)) continue;
      element.focus();
      const style = getComputedStyle(element);
      if (!element.matches(':focus-visible')) continue;
      if (!(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2)) {
        problems.push(`no focus outline in forced-colors mode on ${describe(element)}`);
      }
    }
    document.activeElement?.blur();
    return problems.slice(0, 10);
  }

  window.pageChecks = {
    horizontalOverflow,
    applyTextSpacing,
    removeTextSpacing,
    textSpacingProblems,
    targetSizeProblems,
    prepareKeyboardWalk,
    focusState,
    skipLinkState,
    mainHasFocus,
    motionProblems,
    forcedColorsFocusProblems,
  };
})();
