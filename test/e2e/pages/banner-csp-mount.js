window.bannerHarness.mount({ privacyPolicyUrl: '/privacy' }, { themeVars: { accent: '#0b6e4f' } });
