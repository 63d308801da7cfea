// A gated external script: counts its runs (must be 0 before consent, 1 after).
window.__gatedRuns = (window.__gatedRuns || 0) + 1;
