// Debian's Chromium, as every browser run in this repo starts it (Playwright tests, benchmark):
// no browser is ever downloaded, and without the background-networking flags Chromium keeps
// trying to reach Google's hosts, which this machine's closed network refuses.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
