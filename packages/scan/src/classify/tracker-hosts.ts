/**
 * Hosts the scanner knows by name: who runs them, Assent's category for them, and whether a
 * request to them is a tracker request. Written for this package from public knowledge of which
 * company runs which host (facts, not any tracker list's data).
 *
 * Matching: a row matches its host and every subdomain of it (`region1.google-analytics.com`
 * matches `google-analytics.com`); the longest matching row wins (`snap.licdn.com` over
 * `licdn.com`).
 *
 * `tracker` policy: a host whose main job is measuring or profiling visitors (analytics, ads,
 * session recording, social pixels and embeds that set identifying cookies on load). Its
 * requests before consent or after "Reject all" are findings. Decisions:
 * - Cookieless, identifier-free analytics (Plausible, Fathom, Simple Analytics, Cloudflare Web
 *   Analytics) are `analytics` but not trackers: they set nothing on the device and keep no
 *   cross-site identifier, so the report names them without a finding. Local rules differ; the
 *   site owner decides whether to gate them.
 * - `youtube.com` embeds are advertising trackers (they set identifying cookies on load);
 *   `youtube-nocookie.com` is `functional`, not a tracker (no cookies until the visitor plays,
 *   though it writes local storage, which the scan reports on its own).
 * - Fonts, CDNs, payment, bot protection, consent managers and chat widgets are listed so the
 *   report names their vendor; they are not trackers.
 */
import type { ScanCategory } from '../report-types';

export interface TrackerHost {
  readonly host: string;
  readonly vendor: string;
  readonly category: Exclude<ScanCategory, 'unknown'>;
  readonly tracker: boolean;
  readonly purpose: string;
}

/** host | vendor | category | tracker (`yes`/`no`) | purpose */
const TABLE = `
google-analytics.com | Google Analytics | analytics | yes | Google Analytics measurement (page views, a client id)
analytics.google.com | Google Analytics | analytics | yes | Google Analytics 4 collection endpoint
googletagmanager.com | Google Tag Manager | analytics | yes | Tag manager; also serves gtag.js, the Google Analytics 4 and Ads tag
googleoptimize.com | Google Optimize | analytics | yes | A/B testing
doubleclick.net | Google Ads | advertising | yes | Ad serving, retargeting and conversion measurement
googleadservices.com | Google Ads | advertising | yes | Google Ads conversion tracking
googlesyndication.com | Google AdSense | advertising | yes | AdSense ad serving
adservice.google.com | Google Ads | advertising | yes | Ad personalisation signals
fonts.googleapis.com | Google Fonts | functional | no | Web fonts (the visitor's IP address reaches Google)
fonts.gstatic.com | Google Fonts | functional | no | Web font files
gstatic.com | Google | functional | no | Google's static files (reCAPTCHA, Maps, Firebase)
ajax.googleapis.com | Google Hosted Libraries | functional | no | JavaScript library CDN
maps.googleapis.com | Google Maps | functional | no | Maps API
recaptcha.net | Google reCAPTCHA | essential | no | Bot protection
youtube.com | YouTube | advertising | yes | Video embeds; the standard embed sets identifying cookies on load
youtube-nocookie.com | YouTube | functional | no | Privacy-enhanced video embeds: no cookies until the visitor plays
ytimg.com | YouTube | functional | no | Video thumbnails and player files
googlevideo.com | YouTube | functional | no | Video streams
facebook.net | Meta | advertising | yes | Meta Pixel and Facebook SDK scripts (connect.facebook.net)
facebook.com | Meta | advertising | yes | Meta Pixel events (/tr) and Facebook plugins
instagram.com | Meta | advertising | yes | Instagram embeds
fbcdn.net | Meta | functional | no | Facebook and Instagram static content
analytics.tiktok.com | TikTok | advertising | yes | TikTok Pixel
tiktok.com | TikTok | advertising | yes | TikTok embeds and pixel events
snap.licdn.com | LinkedIn | advertising | yes | LinkedIn Insight Tag script
ads.linkedin.com | LinkedIn | advertising | yes | LinkedIn Insight Tag events (px.ads.linkedin.com)
linkedin.com | LinkedIn | advertising | yes | LinkedIn plugins and embeds
licdn.com | LinkedIn | functional | no | LinkedIn static files
bat.bing.com | Microsoft | advertising | yes | Microsoft Advertising UET tag
bing.com | Microsoft | advertising | yes | Microsoft Advertising
clarity.ms | Microsoft | analytics | yes | Microsoft Clarity session recording and heatmaps
ads-twitter.com | X (Twitter) | advertising | yes | X Pixel (static.ads-twitter.com)
analytics.twitter.com | X (Twitter) | advertising | yes | X conversion tracking
t.co | X (Twitter) | advertising | yes | X link and conversion tracking
twitter.com | X (Twitter) | advertising | yes | X embeds and widgets
x.com | X (Twitter) | advertising | yes | X embeds and widgets
ct.pinterest.com | Pinterest | advertising | yes | Pinterest Tag events
s.pinimg.com | Pinterest | advertising | yes | Pinterest Tag script
pinterest.com | Pinterest | advertising | yes | Pinterest widgets
pinimg.com | Pinterest | functional | no | Pinterest images
alb.reddit.com | Reddit | advertising | yes | Reddit Pixel events
redditstatic.com | Reddit | advertising | yes | Reddit Pixel script and embeds
reddit.com | Reddit | advertising | yes | Reddit embeds and pixel
sc-static.net | Snapchat | advertising | yes | Snap Pixel script
tr.snapchat.com | Snapchat | advertising | yes | Snap Pixel events
q.quora.com | Quora | advertising | yes | Quora Pixel
criteo.com | Criteo | advertising | yes | Retargeting ads
criteo.net | Criteo | advertising | yes | Retargeting ads
taboola.com | Taboola | advertising | yes | Sponsored content recommendations
outbrain.com | Outbrain | advertising | yes | Sponsored content recommendations
adnxs.com | Xandr | advertising | yes | Ad exchange (Microsoft Xandr, formerly AppNexus)
amazon-adsystem.com | Amazon Ads | advertising | yes | Amazon advertising
adsrvr.org | The Trade Desk | advertising | yes | Ad buying platform
rubiconproject.com | Magnite | advertising | yes | Ad exchange
pubmatic.com | PubMatic | advertising | yes | Ad exchange
openx.net | OpenX | advertising | yes | Ad exchange
casalemedia.com | Index Exchange | advertising | yes | Ad exchange
3lift.com | TripleLift | advertising | yes | Native advertising
teads.tv | Teads | advertising | yes | Video advertising
smartadserver.com | Smartadserver | advertising | yes | Ad serving
adform.net | Adform | advertising | yes | Ad serving and measurement
mathtag.com | MediaMath | advertising | yes | Ad buying platform
bidswitch.net | BidSwitch | advertising | yes | Ad exchange
demdex.net | Adobe Audience Manager | advertising | yes | Audience data platform
everesttech.net | Adobe Advertising | advertising | yes | Ad measurement
omtrdc.net | Adobe Analytics | analytics | yes | Adobe Analytics collection
2o7.net | Adobe Analytics | analytics | yes | Adobe Analytics collection
bluekai.com | Oracle BlueKai | advertising | yes | Audience data broker
rlcdn.com | LiveRamp | advertising | yes | Identity matching for ads
id5-sync.com | ID5 | advertising | yes | Shared advertising identifier
awin1.com | Awin | advertising | yes | Affiliate tracking
quantserve.com | Quantcast | advertising | yes | Audience measurement and advertising
quantcount.com | Quantcast | advertising | yes | Audience measurement
scorecardresearch.com | comScore | analytics | yes | Audience measurement
addthis.com | AddThis | advertising | yes | Share buttons with ad profiling
sharethis.com | ShareThis | advertising | yes | Share buttons with ad profiling
disqus.com | Disqus | advertising | yes | Comments widget with advertising
mc.yandex.ru | Yandex Metrica | analytics | yes | Web analytics and session replay
mc.yandex.com | Yandex Metrica | analytics | yes | Web analytics and session replay
an.yandex.ru | Yandex | advertising | yes | Yandex advertising network
top-fwz1.mail.ru | VK Top.Mail.Ru | analytics | yes | Web analytics
hm.baidu.com | Baidu Tongji | analytics | yes | Web analytics
hotjar.com | Hotjar | analytics | yes | Session recording, heatmaps and surveys (static.hotjar.com)
hotjar.io | Hotjar | analytics | yes | Hotjar data collection
segment.com | Segment | analytics | yes | Customer data platform (cdn.segment.com)
segment.io | Segment | analytics | yes | Customer data platform events (api.segment.io)
mixpanel.com | Mixpanel | analytics | yes | Product analytics
mxpnl.com | Mixpanel | analytics | yes | Product analytics library
amplitude.com | Amplitude | analytics | yes | Product analytics
heapanalytics.com | Heap Analytics | analytics | yes | Product analytics
fullstory.com | FullStory | analytics | yes | Session recording
mouseflow.com | Mouseflow | analytics | yes | Session recording and heatmaps
crazyegg.com | Crazy Egg | analytics | yes | Heatmaps and session recording
luckyorange.com | Lucky Orange | analytics | yes | Session recording and heatmaps
smartlook.com | Smartlook | analytics | yes | Session recording
posthog.com | PostHog | analytics | yes | Product analytics and session recording
matomo.cloud | Matomo | analytics | yes | Matomo Cloud web analytics
statcounter.com | StatCounter | analytics | yes | Web analytics
getclicky.com | Clicky | analytics | yes | Web analytics
chartbeat.com | Chartbeat | analytics | yes | Audience analytics
chartbeat.net | Chartbeat | analytics | yes | Audience analytics
parsely.com | Parse.ly | analytics | yes | Content analytics
optimizely.com | Optimizely | analytics | yes | A/B testing
visualwebsiteoptimizer.com | Visual Website Optimizer | analytics | yes | A/B testing
abtasty.com | ABTasty | analytics | yes | A/B testing
contentsquare.net | ContentSquare | analytics | yes | Experience analytics and session replay
vimeo.com | Vimeo | analytics | yes | Video embeds; the player sets an analytics cookie unless dnt=1
hs-analytics.net | HubSpot | analytics | yes | HubSpot tracking code (js.hs-analytics.net)
hs-scripts.com | HubSpot | analytics | yes | HubSpot tracking code loader
hubspot.com | HubSpot | analytics | yes | HubSpot tracking (track.hubspot.com) and forms
hsadspixel.net | HubSpot | advertising | yes | HubSpot ads pixel
klaviyo.com | Klaviyo | advertising | yes | E-mail marketing and on-site tracking
chimpstatic.com | Mailchimp | advertising | yes | Mailchimp pop-up forms and site tracking
plausible.io | Plausible Analytics | analytics | no | Cookieless web analytics (no identifier stored on the device)
usefathom.com | Fathom Analytics | analytics | no | Cookieless web analytics
simpleanalyticscdn.com | Simple Analytics | analytics | no | Cookieless web analytics
cloudflareinsights.com | Cloudflare | analytics | no | Cloudflare Web Analytics (cookieless beacon)
nr-data.net | New Relic | analytics | no | Performance monitoring
intercom.io | Intercom | functional | no | Chat widget (remembers returning visitors)
intercomcdn.com | Intercom | functional | no | Chat widget files
driftt.com | Drift | functional | no | Chat widget
tawk.to | Tawk.to | functional | no | Chat widget
zdassets.com | Zendesk | functional | no | Help and chat widget
crisp.chat | Crisp | functional | no | Chat widget
livechatinc.com | LiveChat | functional | no | Chat widget
trustpilot.com | Trustpilot | functional | no | Review widgets
vimeocdn.com | Vimeo | functional | no | Video player files
cdnjs.cloudflare.com | Cloudflare | functional | no | cdnjs library CDN
jsdelivr.net | jsDelivr | functional | no | Library CDN
unpkg.com | unpkg | functional | no | Library CDN
typekit.net | Adobe Fonts | functional | no | Web fonts
fontawesome.com | Font Awesome | functional | no | Icon fonts
sentry.io | Sentry | essential | no | Error reporting
hcaptcha.com | hCaptcha | essential | no | Bot protection
stripe.com | Stripe | essential | no | Payments and fraud prevention
stripe.network | Stripe | essential | no | Payments fraud prevention
paypal.com | PayPal | essential | no | Payments
paypalobjects.com | PayPal | essential | no | Payments files
cookiebot.com | Cookiebot | essential | no | Consent management
cookielaw.org | OneTrust | essential | no | Consent management
usercentrics.eu | Usercentrics | essential | no | Consent management
iubenda.com | Iubenda | essential | no | Consent management
`;

/** The table, parsed once. */
export const TRACKER_HOSTS: readonly TrackerHost[] = TABLE.trim()
  .split('\n')
  .map((line) => {
    const [host = '', vendor = '', category = '', tracker = '', purpose = ''] = line
      .split('|')
      .map((s) => s.trim());
    return {
      host,
      vendor,
      category: category as TrackerHost['category'],
      tracker: tracker === 'yes',
      purpose,
    };
  });

const byHost = new Map(TRACKER_HOSTS.map((row) => [row.host, row]));

/** The row for a host (itself or its nearest listed parent domain), or `null`. */
export function lookupTrackerHost(hostname: string): TrackerHost | null {
  let host = hostname.trim().toLowerCase().replace(/\.$/, '');
  for (;;) {
    const row = byHost.get(host);
    if (row) return row;
    const dot = host.indexOf('.');
    if (dot < 0) return null;
    host = host.slice(dot + 1);
  }
}
