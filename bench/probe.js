// @ts-check
// In-page observer of the peer benchmark. visit.mjs installs it with Playwright's addInitScript as
// `(<this function>)(<targets>)`, so it runs before any script of the page. Times are the page's own
// clock (performance.now(), 0 = navigation start). Results live in `window.__assentBench` (type:
// ProbeState in visit.mjs). A returning visit is marked by visit.mjs with sessionStorage
// `__assentBenchReturning` = '1' before the reload.
/**
 * @param {Pick<import('./peers.mjs').Peer, 'accept' | 'reject' | 'banner' | 'consent'>} targets
 *   the page's entry in peers.mjs (Target: see there)
 */
(targets) => {
  if (window.top !== window) return;
  const returning = sessionStorage.getItem('__assentBenchReturning') === '1';
  /** @type {import('./visit.mjs').ProbeState} */
  const out = {
    visibleAt: null, // a check found the accept or reject button visible
    paintedAt: null, // the frame showing it had been produced (next task after that frame)
    elementSeen: false, // any element of the banner path's first step was ever in the DOM
    flash: false, // the accept/reject button was visible at any check (returning visit: must stay false)
    longTasks: [], // [startTime, duration]
    cls: 0,
    clickAt: null,
    clickPaintedAt: null,
    goneAt: null, // banner no longer visible after the click
    consentAt: null, // returning visit: the consent expression first returned true
    stopped: false,
  };
  /** @type {any} */ (window).__assentBench = out;

  /**
   * @param {import('./peers.mjs').Target | null} target
   * @returns {Element | null | undefined}
   */
  const find = (target) => {
    if (!target) return null;
    /** @type {Document | ShadowRoot | null} */
    let scope = document;
    /** @type {Element | null | undefined} */
    let found = null;
    for (let i = 0; i < target.path.length; i++) {
      if (!scope) return null;
      const last = i === target.path.length - 1;
      const selector = /** @type {string} */ (target.path[i]);
      if (last && target.text) {
        found = [...scope.querySelectorAll(selector)].find((el) => el.textContent?.trim() === target.text);
      } else found = scope.querySelector(selector);
      if (!found) return null;
      scope = found.shadowRoot;
    }
    return found;
  };
  // Rendered (not display:none, not visibility:hidden, no opacity:0 ancestor, flat tree: shadow hosts
  // count) and at least partly inside the viewport.
  const isVisible = (/** @type {Element | null | undefined} */ el) => {
    if (!el?.isConnected) return false;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = el.getBoundingClientRect();
    return (
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < innerHeight &&
      box.left < innerWidth
    );
  };
  const consent =
    returning && targets.consent
      ? new Function(`try { return (${targets.consent}) === true; } catch { return false; }`)
      : null;
  const hostSelector = targets.banner?.path[0] ?? null;
  // Run `fn` once the current (inRaf) or next frame has been produced.
  const afterFrame = (/** @type {boolean} */ inRaf, /** @type {() => void} */ fn) =>
    inRaf ? setTimeout(fn, 0) : requestAnimationFrame(() => setTimeout(fn, 0));

  const check = (/** @type {boolean} */ inRaf) => {
    const now = performance.now();
    if (hostSelector && !out.elementSeen && document.querySelector(hostSelector)) out.elementSeen = true;
    if (targets.accept) {
      const shown = isVisible(find(targets.accept)) || isVisible(find(targets.reject));
      if (shown) out.flash = true;
      if (shown && out.visibleAt === null) {
        out.visibleAt = now;
        afterFrame(inRaf, () => {
          out.paintedAt = performance.now();
        });
      }
    }
    if (out.clickAt !== null && out.goneAt === null && !isVisible(find(targets.banner))) out.goneAt = now;
    if (consent && out.consentAt === null && consent()) out.consentAt = now;
  };

  new MutationObserver(() => check(false)).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
  // Every frame as well (style-only changes, transitions, shadow-root content) while something is
  // awaited: the banner on a first visit, the banner going after the click, and the whole returning
  // visit (a flash may last one frame). run.mjs sets `stopped` when it has read everything.
  const watching = () =>
    !out.stopped &&
    !!targets.accept &&
    (returning || out.visibleAt === null || (out.clickAt !== null && out.goneAt === null));
  let looping = false;
  const frame = () => {
    check(true);
    looping = watching();
    if (looping) requestAnimationFrame(frame);
  };
  const loop = () => {
    if (looping || !watching()) return;
    looping = true;
    requestAnimationFrame(frame);
  };
  loop();
  // A returning visit may make consent readable without any DOM change: poll it.
  if (consent) {
    const poll = () => {
      check(false);
      if (out.consentAt === null) setTimeout(poll, 2);
    };
    setTimeout(poll, 0);
  }

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) out.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    // layout-shift entries (LayoutShift is not in TypeScript's DOM types)
    for (const e of /** @type {Array<PerformanceEntry & { hadRecentInput: boolean, value: number }>} */ (
      list.getEntries()
    ))
      if (!e.hadRecentInput) out.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener(
    'click',
    (e) => {
      if (out.clickAt !== null) return;
      out.clickAt = e.timeStamp;
      afterFrame(false, () => {
        out.clickPaintedAt = performance.now();
      });
      loop();
    },
    true,
  );
};
