(parts) => {
  const width = document.documentElement.clientWidth;
  const box = (el) => { const r = el.getBoundingClientRect(); return {left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY}; };
  const visible = (el) => { const s = getComputedStyle(el); const r = el.getBoundingClientRect(); return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0; };
  const offscreen = [];
  for (const el of document.querySelectorAll('main *, header *, footer *')) {
    if (!visible(el) || el.closest('.nhsuk-u-visually-hidden, .sbs-honeypot, .nhsuk-skip-link, [hidden], .nhsuk-header__menu-list, details:not([open]) > :not(summary)')) continue;
    const r = el.getBoundingClientRect();
    if (r.right > width + 1 || r.left < -1) offscreen.push(`${el.tagName.toLowerCase()}.${el.className}: ${Math.round(r.left)}..${Math.round(r.right)}`);
  }
  const found = parts.map((selector) => [selector, document.querySelector(selector)]).filter(([, el]) => el && visible(el));
  const overlaps = [];
  for (let i = 0; i < found.length; i++) for (let j = i + 1; j < found.length; j++) {
    const a = box(found[i][1]), b = box(found[j][1]);
    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) overlaps.push(`${found[i][0]} / ${found[j][0]}`);
  }
  const logo = document.querySelector('.nhsuk-header__service-logo, .nhsuk-header__logo');
  const logoBox = logo ? logo.getBoundingClientRect() : null;
  const backLink = document.querySelector('.nhsuk-back-link');
  const chevron = backLink ? getComputedStyle(backLink, '::before') : null;
  return {
    backLinkChevron: chevron ? (chevron.left === '0px' ? 'left' : 'right') : null,
    scrollWidth: document.documentElement.scrollWidth, width,
    offscreen: offscreen.slice(0, 10), overlaps,
    dir: document.documentElement.dir,
    logoCentre: logoBox ? (logoBox.left + logoBox.right) / 2 : null,
  };
}
