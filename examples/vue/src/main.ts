import { createAssent } from '@assent/vue';
import { createApp } from 'vue';
import App from './App.vue';
import { consentConfig } from './consent-config';
import './styles.css';

createApp(App)
  .use(createAssent({ config: consentConfig, banner: { layout: 'box', floatingButton: true } }))
  .mount('#app');
