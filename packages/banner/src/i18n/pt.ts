import type { TranslationOverrides } from '../types';

/**
 * Portuguese (Portugal) texts. Pass as `languages: { pt }`.
 * @example
 * import { pt } from '@assent/banner/i18n/pt';
 * mountBanner(store, { languages: { pt } });
 */
export const pt: TranslationOverrides = {
  bannerLabel: 'Consentimento de cookies',
  title: 'Valorizamos a sua privacidade',
  description:
    'Só utilizamos cookies de análise e publicidade se concordar. Pode alterar a sua escolha a qualquer momento.',
  privacyPolicy: 'Política de privacidade',
  acceptAll: 'Aceitar tudo',
  rejectAll: 'Rejeitar tudo',
  customize: 'Personalizar',
  optOutTitle: 'As suas opções de privacidade',
  optOutDescription:
    'Utilizamos cookies para análise e publicidade. Pode opor-se à venda ou partilha dos seus dados pessoais.',
  doNotSell: 'Não vender nem partilhar os meus dados pessoais',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control detetado: não vendemos nem partilhamos os seus dados.',
  preferencesTitle: 'Preferências de privacidade',
  preferencesDescription:
    'Escolha os cookies que podemos utilizar. Os cookies essenciais são necessários para o funcionamento do site.',
  save: 'Guardar escolhas',
  close: 'Fechar',
  alwaysActive: 'Sempre ativos',
  services: 'Serviços e cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Duração',
  saved: 'Preferências guardadas',
  reopen: 'Preferências de privacidade',
  languageMenu: 'Idioma',
  categories: {
    essential: {
      label: 'Essenciais',
      description: 'Necessários para o funcionamento do site, por exemplo, para manter a sessão iniciada.',
    },
    analytics: {
      label: 'Análise',
      description: 'Ajudam-nos a perceber como o site é utilizado, para o podermos melhorar.',
    },
    advertising: {
      label: 'Publicidade',
      description: 'Utilizados para apresentar e medir anúncios, incluindo por terceiros.',
    },
  },
};

export default pt;
