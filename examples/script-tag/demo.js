// The demo's own script (not part of Assent): installs the vendor stand-ins (a service worker that
// answers googletagmanager.com, connect.facebook.net, … locally) and fills the "Demo monitor".
(() => {
  const $ = (id) => document.getElementById(id);
  const requests = [];
  const renderRequests = () => {
    const list = $('monitor-requests');
    if (!list) return;
    list.replaceChildren(
      ...(requests.length ? requests : ['none yet']).map((text) => {
        const li = document.createElement('li');
        li.textContent = text;
        if (!requests.length) li.className = 'muted';
        return li;
      }),
    );
  };
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker
      .register('/sw.js')
      .catch((error) => console.warn('demo: no vendor stand-ins', error));
    navigator.serviceWorker.addEventListener('message', (event) => {
      if (event.data?.type !== 'vendor-request') return;
      requests.push(`${new Date().toLocaleTimeString()} ${event.data.url}`);
      renderRequests();
    });
  }
  const renderState = () => {
    const state = window.Assent?.get();
    const cats = state
      ? Object.entries(state.categories)
          .map(([k, v]) => `${k} ${v ? '✓' : '✗'}`)
          .join(', ')
      : '–';
    if ($('monitor-state'))
      $('monitor-state').textContent = state ? `${state.decided ? 'decided' : 'not decided'} · ${cats}` : '–';
    if ($('monitor-cookies'))
      $('monitor-cookies').textContent =
        document.cookie
          .split('; ')
          .filter(Boolean)
          .map((c) => c.split('=')[0])
          .join(', ') || 'none';
    if ($('monitor-inline') && window.__inlineAnalyticsRuns)
      $('monitor-inline').textContent = `ran ${window.__inlineAnalyticsRuns}×`;
  };
  addEventListener('assent:change', () => setTimeout(renderState, 50));
  document.addEventListener('demo:inline-ran', renderState);
  setInterval(renderState, 1000);
  $('monitor-reset')?.addEventListener('click', () => window.Assent.reset());
  renderState();
  renderRequests();
})();
