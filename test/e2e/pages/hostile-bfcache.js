// Records how the page was shown (pageshow.persisted is true after a back/forward-cache restore).
window.__pageshows = [];
addEventListener('pageshow', (e) => window.__pageshows.push(e.persisted));
