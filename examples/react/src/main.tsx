/** @jsxImportSource react */
import { ConsentProvider } from '@assent/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { consentConfig } from './consent-config';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsentProvider config={consentConfig} banner={{ layout: 'box', floatingButton: true }}>
      <App />
    </ConsentProvider>
  </StrictMode>,
);
