import type { HTMLAttributes } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { classes } from '../classes';
import type { BannerLayout, BannerPosition } from '../types';
import { useModal } from '../use-modal';
import type { LayerProps } from './app';
import { Btn } from './button';
import { PolicyLink } from './policy-link';

/** Props of {@link FirstLayer}. */
export interface FirstLayerProps extends LayerProps {
  layout: BannerLayout;
  position: BannerPosition;
  hidden: boolean;
}

/**
 * Keeps a non-modal banner from hiding focused page content (WCAG 2.4.11): `scroll-padding` on the
 * root, plus (bottom only, on a page that already scrolls) as much bottom padding, so the page's last
 * lines can scroll above the banner. Nothing moves, so there is no layout shift.
 */
function useReservedSpace(ref: { current: HTMLElement | null }, top: boolean, active: boolean) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!active || !el) return;
    // CSSOM writes are allowed under a strict CSP (only style attributes in markup are blocked).
    const root = document.documentElement;
    const style = root.style;
    const side = top ? 'scrollPaddingTop' : 'scrollPaddingBottom';
    const before = [style[side], style.paddingBottom] as const;
    let pad: boolean | undefined;
    // Sizes are read where layout is already done (a ResizeObserver callback runs after layout and
    // before paint), never right after the render: a forced synchronous layout of the whole page made
    // the mount a long task on slow devices.
    const set = () => {
      pad ??= !top && root.scrollHeight > root.clientHeight;
      const h = `${el.offsetHeight + 8}px`;
      style[side] = h;
      if (pad) style.paddingBottom = h;
    };
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(set) : null;
    if (observer) observer.observe(el);
    else requestAnimationFrame(set);
    return () => {
      observer?.disconnect();
      [style[side], style.paddingBottom] = before;
    };
  }, [top, active]);
}

function ModalTrap({ target, host }: { target: { current: HTMLElement | null }; host: HTMLElement }) {
  useModal(target as { current: HTMLElement }, host);
  return null;
}

/** The first layer: a bar, a corner box or a modal, in opt-in or opt-out (notice) form. */
export function FirstLayer(p: FirstLayerProps) {
  const { t, store, layout, position } = p;
  const { decide, open } = p.actions;
  const state = store.getState();
  const src = { source: 'banner' };
  const ref = useRef<HTMLDivElement>(null);
  const modal = layout === 'modal';
  const optOut = state.mode === 'opt-out';
  const top = position.startsWith('top');
  useReservedSpace(ref, top, !modal && !p.hidden);
  const buttons = optOut ? (
    <div class={classes.actions}>
      <Btn wide label={t.doNotSell} onClick={() => decide(() => store.update({ advertising: false }, src))} />
      <Btn label={t.acknowledge} onClick={() => decide(() => store.update({}, src))} />
      <Btn secondary label={t.customize} onClick={open} />
    </div>
  ) : (
    <div class={classes.actions}>
      <Btn label={t.acceptAll} onClick={() => decide(() => store.acceptAll(src))} />
      <Btn label={t.rejectAll} onClick={() => decide(() => store.rejectAll(src))} />
      <Btn secondary wide label={t.customize} onClick={open} />
    </div>
  );
  let cls: string = classes.card;
  if (!modal) {
    cls += ` ${layout === 'box' ? classes.box : classes.bar}`;
    if (top) cls += ` ${classes.top}`;
    if (position.endsWith('left')) cls += ` ${classes.left}`;
  }
  // A modal first layer is a dialog; the bar and the box are a labelled landmark (no focus trap).
  const aria: HTMLAttributes<HTMLDivElement> = modal
    ? {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': 'assent-title',
        'aria-describedby': 'assent-text',
        tabIndex: -1,
      }
    : { role: 'region', 'aria-label': t.bannerLabel };
  const card = (
    <div ref={ref} class={cls} hidden={p.hidden} {...aria}>
      <div class={classes.content}>
        <div class={classes.text}>
          <h2 id="assent-title">{optOut ? t.optOutTitle : t.title}</h2>
          <p id="assent-text">
            {optOut ? t.optOutDescription : t.description}{' '}
            <PolicyLink urls={p.policyUrls} text={t.privacyPolicy} />
          </p>
          {state.gpcHonoured && <p class={classes.gpcNote}>{t.gpcHonoured}</p>}
        </div>
        {buttons}
      </div>
    </div>
  );
  if (!modal) return card;
  return (
    <div class={classes.overlay} hidden={p.hidden}>
      {card}
      <ModalTrap target={ref} host={p.host} />
    </div>
  );
}
