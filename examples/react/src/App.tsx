/** @jsxImportSource react */
import { useCategory } from '@assent/react';
import { useEffect, useState } from 'react';
import { SettingsPage } from './SettingsPage';
import { VideoPage } from './VideoPage';

const page = () => (location.hash === '#settings' ? 'settings' : 'video');

export function App() {
  const [current, setCurrent] = useState(page);
  useEffect(() => {
    const follow = () => setCurrent(page());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  // Where a real app would load its analytics script: only once the visitor allowed it.
  const analytics = useCategory('analytics');
  useEffect(() => {
    if (analytics) console.info('analytics: allowed, the script would load now');
  }, [analytics]);
  return (
    <>
      <header>
        <strong>Assent · React</strong>
        <nav>
          <a href="#video" aria-current={current === 'video' ? 'page' : undefined}>
            Video
          </a>
          <a href="#settings" aria-current={current === 'settings' ? 'page' : undefined}>
            Privacy settings
          </a>
        </nav>
      </header>
      <main>{current === 'settings' ? <SettingsPage /> : <VideoPage />}</main>
      <footer>
        Statistics are <strong>{analytics ? 'on' : 'off'}</strong>. <a href="/">Script-tag site</a> ·{' '}
        <a href="/vue/">Vue example</a>
      </footer>
    </>
  );
}
