// Records CSP violations seen by the page (directive and what was blocked).
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${(e.sample || '').slice(0, 40)}`);
});
