import type { ConsentConfig } from '@assent/vue';

// One object for the whole app (the plugin makes its store from it, once).
export const consentConfig: ConsentConfig = {
  revision: 1,
  cookie: { name: 'assent_vue' },
  categories: {
    analytics: {
      label: 'Statistics',
      description: 'Anonymous usage counts that help us improve.',
      services: { plausible: { label: 'Plausible' } },
    },
    media: {
      label: 'Embedded videos',
      description: 'Videos hosted by YouTube, which can set cookies of its own.',
      services: { youtube: { label: 'YouTube' } },
    },
  },
};
