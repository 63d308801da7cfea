import { ConsentGate, ConsentProvider, type ConsentState, useCategory, useConsent } from '@assent/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const config = { revision: 1, categories: { analytics: {}, media: { label: 'Embedded videos' } } };

function Settings() {
  const { state, update } = useConsent();
  const analytics: boolean = useCategory('analytics');
  const decided: ConsentState['decided'] = state.decided;
  return (
    <label>
      <input type="checkbox" checked={analytics} onChange={(e) => update({ analytics: e.target.checked })} />
      Analytics {decided ? '(decided)' : ''}
    </label>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ConsentProvider config={config}>
      <ConsentGate category="media" service="YouTube" placeholder>
        <iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" title="Video" />
      </ConsentGate>
      <Settings />
    </ConsentProvider>
  </StrictMode>,
);
