// A gated "analytics" script of the hardening fixtures: counts its runs and sets its cookie.
window.__externalGated = (window.__externalGated || 0) + 1;
document.cookie = '_stats=1; Path=/';
