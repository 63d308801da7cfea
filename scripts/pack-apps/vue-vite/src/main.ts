import { ConsentGate, createAssent, useConsent } from '@assent/vue';
import { computed, createApp, defineComponent, h } from 'vue';

const config = { revision: 1, categories: { analytics: {}, media: { label: 'Embedded videos' } } };

const App = defineComponent({
  setup() {
    const consent = useConsent();
    const analytics = computed<boolean>(() => consent.state.value.categories.analytics === true);
    return () => [
      h(ConsentGate, { category: 'media', service: 'YouTube', placeholder: true }, () =>
        h('iframe', { src: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ', title: 'Video' }),
      ),
      h('label', [
        h('input', {
          type: 'checkbox',
          checked: analytics.value,
          onChange: (e: Event) => consent.update({ analytics: (e.target as HTMLInputElement).checked }),
        }),
        ' Analytics',
      ]),
    ];
  },
});

createApp(App).use(createAssent({ config })).mount('#app');
