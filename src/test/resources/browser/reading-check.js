// Measures what a reader sees in every same-origin <iframe> of the harness page once its fonts
// have loaded, and writes one line per finding into <pre id="result">, which Chromium prints with
// --dump-dom. Lines: "FRAME <id> <checks>" when a frame was measured, "HEIGHT <id> <px>" (its full
// height, for screenshots), and "FAIL <id>: <what>" for every problem.
'use strict';

const lines = [];
const fail = (id, what) => lines.push('FAIL ' + id + ': ' + what);

/** [r, g, b, a] in 0..255 (alpha 0..1) from a computed colour: rgb(), rgba() or color(srgb ...). */
function rgba(css) {
  let m = css.match(/^rgba?\(([^)]*)\)$/);
  if (m) {
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  m = css.match(/^color\(srgb ([^)]*)\)$/);
  if (m) {
    const p = m[1].split(/[ /]+/).filter(Boolean).map(Number);
    return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
  }
  return null;
}

function over(top, bottom) {
  const a = top[3];
  return [0, 1, 2].map(i => top[i] * a + bottom[i] * (1 - a)).concat([1]);
}

/** The colour behind an element: the backgrounds of it and its ancestors, composited over the canvas. */
function background(el, win) {
  const layers = [];
  for (let e = el; e; e = e.parentElement) {
    const c = rgba(win.getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0) {
      layers.push(c);
      if (c[3] >= 1) break;
    }
  }
  const dark = win.matchMedia('(prefers-color-scheme: dark)').matches;
  let colour = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
  for (let i = layers.length - 1; i >= 0; i--) colour = over(layers[i], colour);
  return colour;
}

function luminance(c) {
  const [r, g, b] = c.slice(0, 3).map(v => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function opacity(el, win) {
  let o = 1;
  for (let e = el; e; e = e.parentElement) o *= Number(win.getComputedStyle(e).opacity);
  return o;
}

/** Every element that draws text of its own and can be seen is legible on what lies behind it (WCAG AA). */
function checkContrast(id, doc, win) {
  const seen = new Set();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  let checked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.data.trim() || seen.has(el) || el.closest('.katex-mathml, script, style, title, desc')) continue;
    seen.add(el);
    const style = win.getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.right <= 0 || style.visibility !== 'visible'
        || opacity(el, win) < 0.01) continue;
    const svg = el instanceof win.SVGElement;
    const fg = rgba(svg ? style.fill : style.color);
    if (!fg) continue;
    const bg = background(el, win);
    const ratio = contrast(over(fg, bg), bg);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    checked++;
    if (ratio < (large ? 3 : 4.5)) {
      fail(id, 'contrast ' + ratio.toFixed(2) + ':1 of "' + node.data.trim().slice(0, 40) + '" (<' + el.tagName.toLowerCase()
          + ' class="' + el.getAttribute('class') + '">, ' + (svg ? style.fill : style.color) + ' on rgb(' + bg.slice(0, 3).map(Math.round) + '))');
    }
  }
  return checked;
}

/** Display math and charts fit the column, or scroll with a visible cue; a derived equation's result is in view. */
function checkMath(id, doc, win) {
  const column = doc.querySelector('main').getBoundingClientRect();
  let checked = 0;
  for (const el of doc.querySelectorAll('.katex-display, div.calc-equation, figure.chart')) {
    checked++;
    const name = el.tagName.toLowerCase() + '.' + el.className.split(' ')[0] + ' "' + el.textContent.trim().slice(0, 30) + '"';
    const box = el.getBoundingClientRect();
    if (box.left < column.left - 1 || box.right > column.right + 1) {
      fail(id, name + ' is wider than the column (' + Math.round(box.width) + ' > ' + Math.round(column.width) + ' px)');
    }
    const style = win.getComputedStyle(el);
    if (el.scrollWidth > el.clientWidth + 1) {
      const scrolls = /auto|scroll/.test(style.overflowX);
      const cue = (style.backgroundImage.match(/gradient/g) || []).length >= 2
          && /local/.test(style.backgroundAttachment) && /scroll/.test(style.backgroundAttachment);
      if (!scrolls || !cue) {
        fail(id, name + ' overflows (' + el.scrollWidth + ' > ' + el.clientWidth + ' px) '
            + (scrolls ? 'with no visible scroll cue' : 'and does not scroll'));
      }
    }
  }
  for (const eq of doc.querySelectorAll('.calc-equation')) {
    checked++;
    const bases = eq.querySelectorAll('.katex-html .base');
    const last = bases[bases.length - 1].getBoundingClientRect();
    const box = (eq.tagName === 'DIV' ? eq : eq.closest('p, li, td, th, div') || eq).getBoundingClientRect();
    if (last.right > Math.min(box.right, column.right) + 0.5 || last.left < Math.max(box.left, column.left) - 0.5) {
      fail(id, 'the result of "' + eq.querySelector('annotation').textContent.slice(-40) + '" is out of view ('
          + Math.round(last.left) + '..' + Math.round(last.right) + ' px, column ' + Math.round(column.left) + '..'
          + Math.round(column.right) + ')');
    }
  }
  return checked;
}

/** Heading anchors stay on screen; the page does not scroll sideways; only fonts it uses are preloaded. */
function checkPage(id, doc, win) {
  let checked = 1;
  if (doc.documentElement.scrollWidth > doc.documentElement.clientWidth) {
    fail(id, 'the page scrolls sideways (' + doc.documentElement.scrollWidth + ' > ' + doc.documentElement.clientWidth + ' px)');
  }
  for (const anchor of doc.querySelectorAll('a.anchor')) {
    checked++;
    const r = anchor.getBoundingClientRect();
    if (r.left < 0 || r.right > win.innerWidth) {
      fail(id, 'the anchor of "' + anchor.parentElement.textContent.trim().slice(0, 30) + '" is off screen (' + Math.round(r.left) + '..' + Math.round(r.right) + ' px)');
    }
    if (!anchor.getAttribute('aria-label')) fail(id, 'a heading anchor has no accessible name');
  }
  for (const cell of doc.querySelectorAll('th[align], td[align]')) {
    checked++;
    const align = win.getComputedStyle(cell).textAlign.replace('-webkit-', '');
    if (align !== cell.getAttribute('align')) fail(id, 'a column aligned ' + cell.getAttribute('align') + ' in Markdown is set ' + align);
  }
  // A lone "Older"/"Newer" link has the row to itself: its title wraps only when the row is too narrow for it.
  for (const link of doc.querySelectorAll('.prev-next a:only-child')) {
    checked++;
    const title = doc.createRange();
    title.selectNodeContents(link.lastChild);
    if (title.getBoundingClientRect().width < link.parentElement.clientWidth * 0.9 && title.getClientRects().length > 1) {
      fail(id, 'the lone prev/next link wraps: "' + link.textContent.trim() + '"');
    }
  }
  // A computed figure never breaks across lines: not at its no-break spaces, not at a hyphen or dash.
  // (An inline derived equation is a sentence of math, and may break where KaTeX allows.)
  for (const figure of doc.querySelectorAll('.calc-value:not(:has(.katex)), .calc-table td.num')) {
    checked++;
    const text = doc.createRange();
    text.selectNodeContents(figure);
    const lines = new Set([...text.getClientRects()].map(r => Math.round(r.top)));
    if (lines.size > 1) fail(id, 'the figure "' + figure.textContent.trim() + '" breaks across lines');
  }
  const preloaded = [...doc.querySelectorAll('link[rel=preload][as=font]')].map(l => new URL(l.href, doc.baseURI).pathname);
  // Fonts the page's own text made the stylesheet fetch. Entries started by a <link rel=preload> are
  // left out: Chromium also reports, in every same-origin frame, a preload another frame of the harness
  // had in flight (the introduction's KaTeX_Size1 turned up in part three, which draws nothing with it).
  const used = win.performance.getEntriesByType('resource')
      .filter(e => /\.woff2$/.test(e.name) && e.initiatorType !== 'link')
      .map(e => new URL(e.name).pathname);
  for (const font of used) if (!preloaded.includes(font)) fail(id, 'a font was fetched without being preloaded: ' + font);
  for (const font of preloaded) {
    checked++;
    // fonts/KaTeX_Main-BoldItalic.woff2 is the face of KaTeX_Main that is bold and italic
    const [, family, face] = font.match(/(KaTeX_[A-Za-z0-9]+)-([A-Za-z]+)\.woff2$/);
    const bold = /Bold/.test(face);
    const italic = /Italic/.test(face);
    const loaded = [...doc.fonts].some(f => f.family.replace(/"/g, '') === family && f.status === 'loaded'
        && (Number(f.weight) >= 600) === bold && (f.style === 'italic') === italic);
    if (!loaded) fail(id, 'a preloaded font was never used: ' + font);
  }
  return checked;
}

let pending = document.querySelectorAll('iframe').length;
for (const frame of document.querySelectorAll('iframe')) {
  frame.addEventListener('load', () => frame.contentDocument.fonts.ready.then(() => {
    const doc = frame.contentDocument;
    const win = frame.contentWindow;
    try {
      const checks = checkPage(frame.id, doc, win) + checkMath(frame.id, doc, win) + checkContrast(frame.id, doc, win);
      lines.push('FRAME ' + frame.id + ' ' + checks);
      lines.push('HEIGHT ' + frame.id + ' ' + Math.ceil(doc.documentElement.scrollHeight));
    } catch (e) {
      fail(frame.id, 'the check itself failed: ' + e);
    }
    if (--pending === 0) document.getElementById('result').textContent = lines.join('\n');
  }));
}
