import type { BannerController, BannerOptions, TranslationOverrides } from '@assent/banner';
import { type ConsentStore, whenIdle } from '@assent/core';
import { type Disconnects, listen } from './disconnects';
import type { EmbedOptions } from './embed-config';
import { keepBanner } from './keep-banner';
import { loadLanguage, packLoader } from './load-language';
import type { MountBanner, StartEnv } from './start-assent';

/** The banner's code and the language packs, once loaded. */
type Ui = [MountBanner | undefined, Record<string, TranslationOverrides>];

/** The banner, mounted only when something must be shown. */
export interface LazyBanner {
  /** The banner, once mounted. */
  current(): BannerController | null;
  /** Loads the banner's code and the visitor's language pack: once, and again after a failure. */
  load(): Promise<Ui>;
  /** Mounts the banner as soon as its code is there (unless it is mounted, or the config is wrong). */
  mount(): void;
  /** Opens the preferences, mounting the banner first; focus returns to `from` when they close. */
  request(from: HTMLElement | null): void;
}

/** True once the document is parsed (the banner goes into <body>). */
export const domReady = (): boolean => document.readyState !== 'loading';

const LOAD_FAILED =
  'Assent: assent.banner.js did not load, so the visitor cannot be asked: serve dist/ next to assent.js or at "assetsUrl", or use assent.standalone.js.';

/**
 * The banner. Its code (Preact, the components, styles, English) is loaded only when something
 * must be shown: at once for a visitor who must be asked (in parallel with the page), later on
 * request (store.showPreferences(), a [data-assent-open] click, a reset), never otherwise.
 * @param env - `baseUrl` is the folder of the on-demand files.
 */
export function wireBanner(
  store: ConsentStore,
  embed: EmbedOptions,
  env: StartEnv,
  disconnects: Disconnects,
): LazyBanner {
  let banner: BannerController | null = null;
  let wantPreferences = false;
  let opener: HTMLElement | null = null;
  let ui: Promise<Ui> | null = null;
  const load = () =>
    (ui ??= Promise.all([
      env.loadBanner(embed.nonce, env.baseUrl),
      loadLanguage(embed.language, env, embed.nonce, embed.languages),
    ]));
  const mount = () => {
    if (disconnects.done || banner || store.getState().configError) return;
    load()
      // A task of its own: when the banner's code has just arrived, its load event runs in the task
      // that ran the code, and the mount would add to it.
      .then((loaded) => new Promise<Ui>((next) => setTimeout(() => next(loaded), 0)))
      .then(([make, languages]) => {
        if (disconnects.done || banner) return;
        if (!make) {
          ui = null; // the next request tries again
          console.error(LOAD_FAILED);
          return;
        }
        banner = make(store, bannerOptions(embed, languages, packLoader(env, embed.nonce)));
        keepBanner(banner, disconnects);
        if (wantPreferences) banner.showPreferences(opener);
      });
  };
  disconnects.add(() => banner?.destroy());
  // A visitor who must be asked: the banner's code downloads while the page loads. Requested from
  // here, not from a later task: a timer set now would often fire only once the parser is done
  // with the whole page (at 4× CPU slowdown that delayed the request until DOMContentLoaded).
  const initial = store.getState();
  if (!initial.configError && !initial.decided) void load();
  // The page paints first: the banner mounts after the first frame following DOMContentLoaded,
  // so its render never delays the page's first contentful paint.
  const onReady = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (wantPreferences || !store.getState().decided) mount();
        // The floating button is not urgent: it waits until the page is idle.
        else if (embed.floatingButton === true) whenIdle(mount, 3000, 1000);
      }, 0),
    );
  if (domReady()) onReady();
  else disconnects.add(listen('DOMContentLoaded', onReady, { once: true }));
  return {
    current: () => banner,
    load,
    mount,
    request: (from) => {
      wantPreferences = true;
      opener = from;
      if (domReady()) mount();
    },
  };
}

/**
 * The banner's options: the config's keys of the same name (layout, position, language,
 * translations, theme, themeVars, floatingButton, nonce), the config's `languages` as the offered
 * ones, the packs loaded so far and the loader of the others. Without a prototype, so an option the
 * config leaves out is never read from a polluted Object.prototype.
 */
const bannerOptions = (
  embed: EmbedOptions,
  languages: Record<string, TranslationOverrides>,
  loadLanguage: BannerOptions['loadLanguage'],
): BannerOptions =>
  Object.assign(Object.create(null) as BannerOptions, {
    layout: embed.layout,
    position: embed.position,
    language: embed.language,
    translations: embed.translations,
    theme: embed.theme,
    themeVars: embed.themeVars,
    floatingButton: embed.floatingButton,
    nonce: embed.nonce,
    languages,
    allowedLanguages: embed.languages,
    loadLanguage,
  });
